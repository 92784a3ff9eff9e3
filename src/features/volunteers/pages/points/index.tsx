import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go } from '../../../../lib/routes'
import { formatWhen } from '../../../../lib/time'
import type { BalanceView, PointEntryView } from '../../api/types'
import { usePoints } from '../../hooks/usePoints'
import { getHelpHours } from '../../api/getHelpHours'
import { durationText } from '../../hooks/format'
import '../volunteers.scss'

/** What a movement was for, in a word; kinds not listed read 积分. */
const KIND_LABELS: Record<string, string> = {
  volunteer_hours: '志愿服务',
  report_accepted: '随手拍',
  expiry: '过期',
  mall_redeem: '兑换',
  mall_refund: '退回',
  help_escrow: '互助',
  help_pay: '互助',
  help_refund: '退回',
}

export const POINTS_HOW = '参加志愿活动并扫码签到、签退，队长确认时长后按活动的积分标准发放；随手拍反映的问题被受理也有积分。'

/** +10 earned, −10 spent (a real minus sign, read as 减). */
export function amountText(amount: number): string {
  return amount >= 0 ? `+${amount}` : `−${Math.abs(amount)}`
}

function EntryRow({ e }: { e: PointEntryView }) {
  const earned = e.amount >= 0
  return (
    <View className='vo-entry' role='listitem' aria-label={`${e.memo}，${earned ? '获得' : '花掉'}${Math.abs(e.amount)}积分，${formatWhen(e.at)}`}>
      <View className='ct-grow' aria-hidden='true'>
        <Text className='vo-entry__memo'>{e.memo}</Text>
        <View className='ct-row ct-mt-xs'>
          <Text className='ct-tag vo-entry__kind'>{KIND_LABELS[e.kind] ?? '积分'}</Text>
          <Text className='ct-muted'>{formatWhen(e.at)}</Text>
        </View>
      </View>
      <Text className={`vo-entry__amount ${earned ? 'vo-entry__amount--in' : 'vo-entry__amount--out'}`} aria-hidden='true'>
        {amountText(e.amount)}
      </Text>
    </View>
  )
}

/** 互助时长 and the way to 积分换互助: spending points never lowers the hours. */
export function HelpCard({ minutes }: { minutes: number | undefined }) {
  return (
    <View className='ct-card'>
      <Text className='ct-muted ct-block'>互助时长</Text>
      <Text className='ct-title ct-block' aria-label={`互助时长${durationText(minutes ?? 0)}`}>
        {minutes === undefined ? '…' : durationText(minutes)}
      </Text>
      <Text className='ct-muted ct-block ct-mt-xs'>用积分请人帮忙，也用帮别人的时间攒积分：帮人的人有人帮。花掉积分不会减少互助时长。</Text>
      <Button className='ct-btn ct-mt' type='default' onClick={() => go(ROUTES.helpMine)}>
        积分换互助
      </Button>
    </View>
  )
}

export function PointsScreen({ p, helpMinutes }: { p: ReturnType<typeof usePoints>; helpMinutes?: number }) {
  return (
    <Page>
      <RemoteView<BalanceView> remote={p.first} rows={3} isEmpty={() => false}>
        {(b) => (
          <View>
            <View className='ct-card vo-balance'>
              <Text className='ct-muted ct-block'>我的积分</Text>
              <Text className='vo-balance__value'>{b.balance}</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>{POINTS_HOW}</Text>
              {b.expiryYears ? <Text className='ct-muted ct-block ct-mt-xs'>{`积分在获得${b.expiryYears}年后过期，先获得的先过期；到期前一个月会提醒您。`}</Text> : null}
            </View>
            <HelpCard minutes={helpMinutes} />
            <Text className='ct-section-title'>积分明细</Text>
            {p.entries.length === 0 ? (
              <View className='ct-card'>
                <Text className='ct-text ct-block'>还没有积分记录。</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>报名一场志愿活动，服务完就有积分了。</Text>
                <Button className='ct-btn ct-mt' type='primary' onClick={() => go(ROUTES.activityList)}>
                  去看志愿活动
                </Button>
              </View>
            ) : (
              <View>
                <View className='ct-card' role='list' aria-label='积分明细'>
                  {p.entries.map((e) => (
                    <EntryRow key={e.id} e={e} />
                  ))}
                </View>
                {p.ended ? (
                  <Text className='ct-muted ct-block vo-end'>没有更早的记录了</Text>
                ) : (
                  <Button className='ct-btn ct-mt' type='default' loading={p.loadingMore} onClick={() => void p.loadMore()}>
                    加载更多
                  </Button>
                )}
              </View>
            )}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function PointsPage() {
  const p = usePoints()
  const hours = useRemote(getHelpHours)
  const reload = async () => {
    await Promise.all([p.reload(), hours.reload()])
  }
  usePullRefresh(reload)
  useReloadOnShow(reload)
  return <PointsScreen p={p} helpMinutes={hours.data?.minutes} />
}
