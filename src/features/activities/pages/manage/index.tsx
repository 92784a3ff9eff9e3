import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import BrokenLink from '../../../../components/BrokenLink'
import Page from '../../../../components/Page'
import ReasonSheet from '../../../../components/ReasonSheet'
import RemoteView from '../../../../components/RemoteView'
import Tabs from '../../../../components/Tabs'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import CodePanel from '../../components/CodePanel'
import HoursForm from '../../components/HoursForm'
import RosterList from '../../components/RosterList'
import SpeakerPanel from '../../components/SpeakerPicker'
import { timeRange } from '../../hooks/rules'
import { MANAGE_TABS, useManage, type ManageTab } from '../../hooks/useManage'
import type { Id, RosterView } from '../../api/types'
import '../activities.scss'

export const CALL_OFF_REASONS = ['天气原因，改期再通知', '场地临时不能用', '组织者临时有事']

function asTab(t: string | undefined): ManageTab {
  return t === 'code' || t === 'hours' || t === 'speakers' ? t : 'roster'
}

export function ManageScreen({ activityId, initialTab }: { activityId: Id | undefined; initialTab?: string }) {
  if (!activityId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“志愿活动 → 我组织的”重新进入。' />
      </Page>
    )
  }
  return <LoadedManage activityId={activityId} initialTab={asTab(initialTab)} />
}

function LoadedManage({ activityId, initialTab }: { activityId: Id; initialTab: ManageTab }) {
  const m = useManage(activityId, initialTab)
  usePullRefresh(m.roster.reload)
  useReloadOnShow(m.roster.reload)
  return (
    <Page>
      <RemoteView<RosterView> remote={m.roster} rows={4} isEmpty={() => false}>
        {(r) => {
          const a = r.activity
          const cancelled = a.status === 'cancelled'
          const started = Date.now() >= new Date(a.startsAt).getTime()
          return (
            <View>
              <View className='ct-card ct-card--tap' role='link' hoverClass='none' onClick={() => go(withQuery(ROUTES.activityDetail, { id: a.id }))}>
                <View className='ac-card__head'>
                  <Text className='ct-title ac-card__title'>{a.title}</Text>
                  {cancelled ? <Text className='ct-tag ct-tag--red'>活动已取消</Text> : null}
                </View>
                <Text className='ct-muted ct-block ct-mt-xs'>{`${timeRange(a.startsAt, a.endsAt)} · ${a.placeName}`}</Text>
                <Text className='ct-link ct-block ct-mt-xs'>看活动页</Text>
              </View>
              {cancelled ? null : <Tabs tabs={MANAGE_TABS} value={m.tab} onChange={m.setTab} />}
              {m.tab === 'roster' || cancelled ? <RosterList confirmed={r.confirmed} waitlisted={r.waitlisted} capacity={a.capacity} /> : null}
              {m.tab === 'code' && !cancelled ? <CodePanel m={m} /> : null}
              {m.tab === 'hours' && !cancelled ? <HoursForm m={m} /> : null}
              {m.tab === 'speakers' && !cancelled ? <SpeakerPanel activityId={a.id} speakers={a.speakers} onSaved={m.roster.reload} /> : null}
              {m.tab === 'roster' && !cancelled && !started ? (
                <View className='ct-card ct-mt-lg'>
                  <Text className='ct-title ct-block'>活动办不成了？</Text>
                  <Text className='ct-muted ct-block ct-mt-xs'>取消后，报名和候补的人都会收到通知和您写的原因。取消后不能恢复。</Text>
                  <Button className='ct-btn ct-mt ac-danger' type='default' onClick={() => m.openSheet('callOff')}>
                    取消活动
                  </Button>
                </View>
              ) : null}
              {m.sheet === 'callOff' ? (
                <ReasonSheet
                  title='取消这场活动？'
                  hint='报名和候补的人都会收到通知和这个原因。取消后不能恢复。'
                  quick={CALL_OFF_REASONS}
                  placeholder='写一写为什么取消，例如：明天有大雨，改到下周六'
                  confirmText='确认取消活动'
                  label='取消原因'
                  busy={m.busy}
                  error={m.error?.message}
                  onCancel={m.closeSheet}
                  onConfirm={(reason) => void m.callOff(reason)}
                />
              ) : null}
            </View>
          )
        }}
      </RemoteView>
    </Page>
  )
}

export default function ManagePage() {
  const { params } = useRouter()
  return <ManageScreen activityId={params.id} initialTab={params.tab} />
}
