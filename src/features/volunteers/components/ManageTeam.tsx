import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import ReasonSheet from '../../../components/ReasonSheet'
import RemoteView from '../../../components/RemoteView'
import Button from '../../../components/nut/button'
import { ROUTES, go, withQuery } from '../../../lib/routes'
import { formatWhen } from '../../../lib/time'
import type { MemberRow } from '../api/types'
import { durationText, spacedPhone } from '../hooks/format'
import type { TeamModel } from '../hooks/useTeam'

export const PRIVATE_NOTE = '队员的姓名和电话只有队长和工作人员能看到，请只用于组织志愿服务。'

const REJECT_REASONS = ['队伍人数已满', '服务地点离您较远', '请先完善个人资料', '暂不招募新队员']

function call(m: MemberRow) {
  void Taro.makePhoneCall({ phoneNumber: m.phone }).catch(() => undefined)
}

function PersonLines({ m }: { m: MemberRow }) {
  return (
    <>
      <View className='vo-person__head'>
        <Text className='vo-person__name'>{m.realName}</Text>
        <Text className='ct-muted'>{m.communityName}</Text>
      </View>
      <View className='vo-person__phone' role='button' onClick={() => call(m)}>
        <Text className='vo-person__phone-no'>{spacedPhone(m.phone)}</Text>
        <Text className='ct-link'>打电话</Text>
      </View>
      {m.skills.length ? <Text className='ct-muted ct-block'>{`特长：${m.skills.join('、')}`}</Text> : null}
    </>
  )
}

/**
 * What a team's leader does with it: publish an activity, decide the pending
 * applications (a reason when turning one down), and reach every member by
 * phone. Names and phones are on this screen only.
 */
export default function ManageTeam({ t, teamId }: { t: TeamModel; teamId: string }) {
  const busy = (step: string) => t.busy && t.running === step
  return (
    <View className='vo-manage'>
      <Text className='ct-section-title'>队长管理</Text>
      <Button className='ct-btn' type='primary' onClick={() => go(withQuery(ROUTES.activityCreate, { teamId }))}>
        发布活动
      </Button>

      <RemoteView<MemberRow[]> remote={t.roster} rows={2} isEmpty={() => false}>
        {(rows) => {
          const pending = rows.filter((r) => r.status === 'pending')
          const members = rows.filter((r) => r.status === 'approved')
          return (
            <View>
              <Text className='ct-section-title'>{`入队申请（${pending.length}）`}</Text>
              {pending.length === 0 ? (
                <View className='ct-card'>
                  <Text className='ct-muted ct-block'>眼下没有待审核的申请。有人申请时，消息里会通知您。</Text>
                </View>
              ) : (
                pending.map((m) => (
                  <View key={m.userId} className='ct-card vo-person vo-person--pending'>
                    <PersonLines m={m} />
                    <Text className='ct-muted ct-block'>{`${formatWhen(m.appliedAt)}申请 · 已服务${durationText(m.minutes)}`}</Text>
                    <View className='ct-btn-row ct-mt'>
                      <Button className='ct-btn' type='default' disabled={t.busy} onClick={() => t.askReject(m)}>
                        不通过
                      </Button>
                      <Button className='ct-btn' type='primary' loading={busy('approve')} disabled={t.busy} onClick={() => void t.approve(m)}>
                        同意入队
                      </Button>
                    </View>
                  </View>
                ))
              )}

              <Text className='ct-section-title'>{`队员名单（${members.length}人）`}</Text>
              <Text className='ct-muted ct-block vo-private'>{PRIVATE_NOTE}</Text>
              {members.length === 0 ? (
                <View className='ct-card'>
                  <Text className='ct-muted ct-block'>还没有队员。</Text>
                </View>
              ) : (
                <View className='ct-card' role='list' aria-label='队员名单'>
                  {members.map((m) => (
                    <View key={m.userId} className='vo-person vo-person--row' role='listitem'>
                      <PersonLines m={m} />
                      <Text className='ct-muted ct-block'>{`累计服务 ${durationText(m.minutes)}`}</Text>
                    </View>
                  ))}
                </View>
              )}
            </View>
          )
        }}
      </RemoteView>

      {t.sheet === 'reject' && t.rejecting ? (
        <ReasonSheet
          title={`不通过${t.rejecting.realName}的申请`}
          hint='申请人会在消息里看到这个原因。'
          quick={REJECT_REASONS}
          placeholder='请写明原因，至少 2 个字'
          confirmText='确认不通过'
          busy={busy('reject')}
          error={t.error?.message}
          onConfirm={(reason) => void t.reject(reason)}
          onCancel={t.closeSheet}
        />
      ) : null}
      <View className='ct-links'>
        <View className='ct-link' role='link' onClick={() => go(withQuery(ROUTES.activityList, { tab: 'manage' }))}>
          我组织的活动
        </View>
      </View>
    </View>
  )
}
