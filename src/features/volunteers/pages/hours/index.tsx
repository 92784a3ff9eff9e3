import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Figure from '../../../../components/Figure'
import Button from '../../../../components/nut/button'
import { useRemote, type Remote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go } from '../../../../lib/routes'
import { getHours } from '../../api/getHours'
import type { HoursView } from '../../api/types'
import MonthBars from '../../components/MonthBars'
import RecordRow, { BACKFILL_NOTE } from '../../components/RecordRow'
import ShareBars from '../../components/ShareBars'
import { currentMonth, durationText, hoursFigure, monthLabel } from '../../hooks/format'
import '../volunteers.scss'

export const HOURS_EMPTY = {
  title: '还没有服务时长',
  hint: '报名参加志愿活动，到场扫码签到、签退，队长确认后时长就记在这里。',
}

/** Minutes per organiser over all months, most first. */
export function byOrganiser(h: HoursView): { key: string; name: string; minutes: number }[] {
  const sums = new Map<string, number>()
  for (const m of h.months) for (const t of m.teams) sums.set(t.teamName, (sums.get(t.teamName) ?? 0) + t.minutes)
  return [...sums.entries()]
    .map(([name, minutes]) => ({ key: name, name: name || '社区活动', minutes }))
    .sort((a, b) => b.minutes - a.minutes)
}

export function HoursScreen({ hours, now = Date.now() }: { hours: Remote<HoursView>; now?: number }) {
  const month = currentMonth(now)
  const thisYear = Number(month.slice(0, 4))
  return (
    <Page>
      <RemoteView<HoursView>
        remote={hours}
        rows={3}
        isEmpty={(h) => h.records.length === 0}
        empty={{ ...HOURS_EMPTY, actionText: '去看志愿活动', onAction: () => go(ROUTES.activityList) }}
      >
        {(h) => (
          <View>
            <View className='ct-card'>
              <View className='vo-figures'>
                <Figure value={hoursFigure(h.totalMinutes)} unit='小时' label='累计服务时长' />
                <Figure value={h.records.length} unit='条' label='服务记录' />
              </View>
              <Text className='ct-title ct-block ct-mt'>最近半年</Text>
              <MonthBars months={h.months} current={month} />
              <Text className='ct-muted ct-block ct-mt-xs'>单位：小时</Text>
            </View>

            <Text className='ct-section-title'>按队伍</Text>
            <View className='ct-card'>
              <ShareBars rows={byOrganiser(h)} label='各队伍的服务时长' />
            </View>

            <Text className='ct-section-title'>按月份</Text>
            <View className='ct-card' role='list' aria-label='每月服务时长'>
              {h.months.map((m) => (
                <View key={m.month} className='vo-month' role='listitem'>
                  <View className='ct-spread'>
                    <Text className='vo-month__name'>{monthLabel(m.month, thisYear)}</Text>
                    <Text className='vo-month__total'>{durationText(m.minutes)}</Text>
                  </View>
                  {m.teams.map((t) => (
                    <View key={t.teamName} className='ct-spread vo-month__team'>
                      <Text className='ct-muted'>{t.teamName || '社区活动'}</Text>
                      <Text className='ct-muted'>{durationText(t.minutes)}</Text>
                    </View>
                  ))}
                </View>
              ))}
            </View>

            <Text className='ct-section-title'>服务记录</Text>
            <View className='ct-card' role='list' aria-label='服务记录'>
              {h.records.map((r) => (
                <RecordRow key={`${r.activityId}-${r.servedOn}`} r={r} />
              ))}
            </View>
            {h.records.some((r) => r.backfilled) ? <Text className='ct-muted ct-block vo-foot-note'>{BACKFILL_NOTE}</Text> : null}

            <Button className='ct-btn ct-mt' type='primary' onClick={() => go(ROUTES.volunteerCertificate)}>
              开具志愿服务记录证明
            </Button>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function HoursPage() {
  const hours = useRemote<HoursView>(getHours)
  usePullRefresh(hours.reload)
  useReloadOnShow(hours.reload)
  return <HoursScreen hours={hours} />
}
