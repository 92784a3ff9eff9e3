import { Text, View } from '@tarojs/components'
import Choices from '../../../../components/Choices'
import DayPicker from '../../../../components/DayPicker'
import Field from '../../../../components/Field'
import FieldError from '../../../../components/FieldError'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import Switch from '../../../../components/nut/switch'
import { useShare } from '../../../../hooks/useShare'
import { ROUTES } from '../../../../lib/routes'
import ChildLinkSheet from '../../components/ChildLinkSheet'
import { useChildren, type ChildrenModel } from '../../hooks/useChildren'
import type { ChildItem, ChildrenView } from '../../api/children'
import '../household.scss'

/** What a guardian agrees to, in words a parent reads in a minute (PIPL art. 31). */
export const CHILD_RULES = [
  '只记孩子的名字（不用写姓）和出生年月，不收集照片、电话、学校等其他信息。',
  '孩子在“孩子模式”里推荐家庭、填问卷，都记在孩子名下；公开任何内容前，都要监护人同意。',
  '孩子满14岁前，孩子的名字默认不公开；满18岁后自动成为成年人账号。',
  '您可以随时联系社区删除孩子的信息。',
]

function ChildCard({ c, m }: { c: ChildItem; m: ChildrenModel }) {
  return (
    <View className='ct-card hh-child'>
      <View className='ct-grow'>
        <Text className='ct-title ct-block'>{c.name}</Text>
        <Text className='ct-muted ct-block'>{c.age === null ? '' : `${c.age}岁`}{c.under14 ? ' · 未满14岁，公开内容要监护人同意' : ''}</Text>
      </View>
      {c.isMinor ? (
        <View className='hh-child__tools'>
          <Button type='primary' onClick={() => m.handOver(c)}>
            {`交给${c.name}用`}
          </Button>
          {c.hasWeChat ? (
            <Text className='ct-muted'>{`${c.name}已经在用自己的微信`}</Text>
          ) : (
            <Button type='primary' fill='outline' onClick={() => m.startLink(c)}>
              让孩子用自己的微信
            </Button>
          )}
        </View>
      ) : (
        <Text className='ct-muted'>已成年</Text>
      )}
    </View>
  )
}

function AddChild({ m, view }: { m: ChildrenModel; view: ChildrenView }) {
  const d = m.draft
  const e = m.errors
  return (
    <View className='ct-card'>
      <Field label='孩子的名字（不用写姓）' error={e.givenName}>
        <View className={e.givenName ? 'ct-box ct-box--error' : 'ct-box'}>
          <Input value={d.givenName} placeholder='例如：小雨' maxLength={8} aria-label='孩子的名字' onChange={(v: string) => m.patch({ givenName: v })} />
        </View>
      </Field>
      <DayPicker label='出生年月' month value={d.birthMonth} error={e.birthMonth} onChange={(birthMonth) => m.patch({ birthMonth })} />
      {view.adults.length ? (
        <Field label='另一位监护人（可以不选）' hint='选了以后，TA 也能同意孩子的推荐'>
          <Choices
            label='另一位监护人'
            options={view.adults.map((a) => ({ value: a.id, text: a.name }))}
            value={d.otherGuardianId}
            onChange={(id) => m.patch({ otherGuardianId: id === d.otherGuardianId ? '' : id })}
          />
        </Field>
      ) : null}
      <View className='hh-rules' role='region' aria-label='儿童个人信息保护规则'>
        <Text className='ct-title ct-block'>儿童个人信息保护规则</Text>
        {CHILD_RULES.map((r) => (
          <Text key={r} className='ct-text ct-block ct-mt-xs'>{`· ${r}`}</Text>
        ))}
      </View>
      <View className='ct-spread ct-mt'>
        <Text className='ct-text ct-grow'>我是孩子的监护人，已阅读并同意上面的规则</Text>
        <Switch checked={d.consent} aria-label='我是孩子的监护人，已阅读并同意上面的规则' onChange={(on: boolean) => m.patch({ consent: on })} />
      </View>
      {e.guardianConsent ? <FieldError message={e.guardianConsent} /> : null}
      {m.error ? <FieldError message={m.error} /> : null}
      <Button className='ct-btn ct-mt' type='primary' size='large' loading={m.busy} onClick={() => void m.submit()}>
        添加孩子
      </Button>
      <Button className='ct-btn ct-mt' fill='outline' onClick={m.stopAdding}>
        先不添加
      </Button>
    </View>
  )
}

export function ChildrenScreen() {
  const m = useChildren()
  // 转发 from the sheet: a card that opens the link page on the child's phone.
  useShare(() =>
    m.linking && m.link ? { title: `${m.linking.name}，点开就能用你自己的微信啦`, path: m.link.path } : { title: '我的孩子', path: ROUTES.children },
  )
  return (
    <Page>
      <View className='hh-head'>
        <Text className='ct-h1 ct-block'>我的孩子</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>孩子没有自己的微信也能参加：添加后，把手机交给孩子，在“孩子模式”里推荐家庭、填问卷。</Text>
      </View>
      <RemoteView<ChildrenView> remote={m.view} rows={2} isEmpty={() => false}>
        {(view) => (
          <View>
            {view.children.map((c) => (
              <ChildCard key={c.id} c={c} m={m} />
            ))}
            {view.cannotAdd ? (
              <View className='ct-card'>
                <Text className='ct-text ct-block'>{view.cannotAdd}</Text>
              </View>
            ) : m.adding ? (
              <AddChild m={m} view={view} />
            ) : (
              <Button className='ct-btn ct-mt' type='primary' fill='outline' size='large' onClick={m.startAdding}>
                添加孩子
              </Button>
            )}
          </View>
        )}
      </RemoteView>
      {m.linking ? <ChildLinkSheet childName={m.linking.name} link={m.link} busy={m.linkBusy} error={m.linkError} onAgain={m.againLink} onClose={m.closeLink} /> : null}
    </Page>
  )
}

export default function ChildrenPage() {
  return <ChildrenScreen />
}
