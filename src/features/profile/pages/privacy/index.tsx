import { Text, View } from '@tarojs/components'
import FieldError from '../../../../components/FieldError'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { roleLabel } from '../../../../lib/labels'
import { usePrivacy, type PrivacyModel } from '../../hooks/usePrivacy'
import type { MyData } from '../../api/privacy'
import type { ConsentView } from '../../../../lib/api/privacy'
import '../edit/index.scss'

const day = (at: string) => at.slice(0, 10)

function Section({ title, lines }: { title: string; lines: string[] }) {
  return (
    <View className='ct-card'>
      <Text className='ct-title ct-block'>{title}</Text>
      {lines.length ? lines.map((l, i) => <Text key={`${i}-${l}`} className='ct-text ct-block ct-mt-xs'>{l}</Text>) : <Text className='ct-muted ct-block ct-mt-xs'>没有</Text>}
    </View>
  )
}

function MyDataView({ d }: { d: MyData }) {
  return (
    <View>
      <Section
        title='我的资料'
        lines={[`名字：${d.profile.name}`, `手机：${d.profile.phone ?? '没有填写'}`, `加入时间：${day(d.profile.joinedAt)}`, `身份：${d.profile.roles.map(roleLabel).join('、')}`]}
      />
      <Section title='我的家' lines={d.household ? [d.household.label] : []} />
      <Section title='我添加的孩子' lines={d.children.map((c) => `${c.name}${c.birthMonth ? `（${c.birthMonth}）` : ''}`)} />
      <Section title='我签署的公约' lines={d.pledges.map((p) => `${p.title} 第${p.version}版 · 第${p.signerNo}位 · ${day(p.signedAt)}`)} />
      <Section title='我反映的随手拍' lines={d.reports.map((r) => `${day(r.submittedAt)} ${r.category}：${r.description}${r.anonymous ? '（匿名）' : ''}`)} />
      <Section title='我推荐的文明家庭' lines={[...d.familyNominations.map((n) => `${day(n.createdAt)} ${n.displayName}`), `投过 ${d.familyVotes} 票`]} />
      <Section title='志愿服务' lines={d.volunteer ? [`姓名：${d.volunteer.realName}`, `手机：${d.volunteer.phone}`, `服务时长：${d.volunteer.hours} 小时`] : []} />
      <Section title='积分' lines={[`${d.points} 分`]} />
      <Section title='同意记录' lines={d.consents.map((c) => `${c.title}：${day(c.givenAt)} 同意${c.withdrawnAt ? `，${day(c.withdrawnAt)} 撤回` : ''}`)} />
    </View>
  )
}

/** The separate consents (precise location, a volunteer's identity): given or not, and 撤回 where it can be. */
function Consents({ m }: { m: PrivacyModel }) {
  return (
    <View className='ct-card ct-mt-lg'>
      <Text className='ct-title ct-block'>我同意过的事</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>用到这些信息之前，小程序会先单独问您。撤回后，下次用到时会再问。</Text>
      <RemoteView<ConsentView[]> remote={m.consents} rows={2} isEmpty={() => false}>
        {(list) => (
          <View>
            {list.map((c) => (
              <View key={c.purpose} className='ct-mt'>
                <Text className='ct-text ct-block'>{c.title}</Text>
                <Text className='ct-muted ct-block'>{c.given && c.givenAt ? `已同意（${day(c.givenAt)}）` : '还没有同意，用到时会先问您'}</Text>
                {c.given && c.withdrawable ? (
                  <Button className='ct-btn ct-mt-xs' fill='outline' loading={m.withdrawing} onClick={() => m.withdraw(c.purpose)}>
                    {`撤回“${c.title}”`}
                  </Button>
                ) : null}
                {c.given && !c.withdrawable ? <Text className='ct-muted ct-block'>不再做志愿者时，注销账号会删除这些信息。</Text> : null}
              </View>
            ))}
          </View>
        )}
      </RemoteView>
    </View>
  )
}

function DeleteAccount({ m }: { m: PrivacyModel }) {
  return (
    <View className='ct-card ct-mt-lg'>
      <Text className='ct-title ct-block'>注销账号</Text>
      <Text className='ct-text ct-block ct-mt-xs'>注销后：您的名字、手机号和微信身份都会删除；您担任的职务、绑定的住户、消息都会结束；还没审核的推荐会撤回。</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>已经签署的公约、反映过的问题、投过的票和服务时长会保留数字，但不再显示您是谁。注销后不能恢复。</Text>
      <View className='ct-box ct-mt'>
        <Input value={m.typed} placeholder='输入“注销”两个字确认' maxLength={4} aria-label='输入注销两个字确认' onChange={(v: string) => m.setTyped(v)} />
      </View>
      {m.deleteError ? <FieldError message={m.deleteError} /> : null}
      <Button className='ct-btn ct-mt' type='primary' size='large' loading={m.deleting} onClick={() => void m.confirmDelete()}>
        注销我的账号
      </Button>
    </View>
  )
}

export function PrivacyScreen() {
  const m = usePrivacy()
  return (
    <Page>
      <View className='pf-head'>
        <Text className='ct-h1 ct-block'>个人信息与账号</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>这里是县里记着的关于您的全部信息。可以保存一份，也可以注销账号。</Text>
      </View>
      <RemoteView<MyData> remote={m.data} rows={4} isEmpty={() => false}>
        {(d) => (
          <View>
            <MyDataView d={d} />
            <Button className='ct-btn ct-mt' fill='outline' loading={m.saving} onClick={() => m.saveCopy(d)}>
              保存一份我的信息
            </Button>
          </View>
        )}
      </RemoteView>
      <Consents m={m} />
      <DeleteAccount m={m} />
    </Page>
  )
}

export default function PrivacyPage() {
  return <PrivacyScreen />
}
