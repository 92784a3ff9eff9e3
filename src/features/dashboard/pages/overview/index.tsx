import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Figure from '../../../../components/Figure'
import Choices from '../../../../components/Choices'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import Bars from '../../components/Bars'
import DayBars from '../../components/DayBars'
import TaskProgress from '../../components/TaskProgress'
import Trend from '../../components/Trend'
import { getOverview } from '../../api/getOverview'
import type { DashboardOverview } from '../../api/types'
import { areaFiguresOf, linesOf, shown } from '../../lib/lines'
import './index.scss'

type Days = 7 | 14 | 30
const WINDOWS: { value: Days; text: string }[] = [
  { value: 7, text: '最近7天' },
  { value: 14, text: '最近14天' },
  { value: 30, text: '最近30天' },
]
const WHOLE_COUNTY = 'county'

/**
 * 全县每日情况: the command centre's dashboard. The whole campaign by Beijing
 * day — 随手拍 in / fixed / overdue, inspections and their score rate,
 * convention signers, family votes, volunteer hours — for the county or one
 * 片区 (signers and votes under the 片区 of the person's home), for the county
 * side by side 片区 by 片区 — and 任务进度, the current task plan rolled up by weight (the
 * 片区's part of it when one is chosen) with this week's done / late / at risk.
 */
export function OverviewScreen() {
  const [days, setDays] = useState<Days>(14)
  const [area, setArea] = useState<string>(WHOLE_COUNTY)
  const [lineKey, setLineKey] = useState('reports_in')
  const view = useRemote<DashboardOverview>(() => getOverview({ days, ...(area === WHOLE_COUNTY ? {} : { areaId: area }) }), [days, area])
  usePullRefresh(view.reload)
  useReloadOnShow(view.reload)

  return (
    <Page>
      <View className='db-head'>
        <Text className='ct-h1 ct-block'>全县每日情况</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>随手拍、督查、签署公约、家庭投票和志愿服务，每天的数字都在这里（按北京时间算），还有任务进度。</Text>
      </View>

      {view.data && view.data.areas.length > 0 ? (
        <Choices<string>
          label='看哪个片区'
          scroll
          options={[{ value: WHOLE_COUNTY, text: '全县' }, ...view.data.areas.map((a) => ({ value: a.id, text: a.name }))]}
          value={area}
          onChange={setArea}
        />
      ) : null}
      <Choices<Days> label='看多少天' options={WINDOWS} value={days} onChange={setDays} className='ct-mt' />

      <RemoteView<DashboardOverview> remote={view} rows={3} isEmpty={() => false}>
        {(data) => {
          const lines = linesOf(data)
          const line = lines.find((l) => l.key === lineKey) ?? lines[0]
          const areaName = data.areaId ? data.areas.find((a) => a.id === data.areaId)?.name : '全县'
          return (
            <View>
              <Text className='ct-section-title'>{`${areaName}·${data.days.length}天合计`}</Text>
              <View className='ct-card db-figures'>
                {lines.map((l) => (
                  <View key={l.key} className='db-figures__cell'>
                    <Figure value={shown(l.total, l.unit)} label={l.title} unit={l.unit === '%' || l.total === null ? undefined : l.unit} />
                  </View>
                ))}
              </View>

              <Text className='ct-section-title'>问题走势</Text>
              <Trend lines={lines} days={data.days} />

              <Text className='ct-section-title'>任务进度</Text>
              <TaskProgress tasks={data.tasks} areaName={data.areaId ? (areaName ?? null) : null} />

              <Text className='ct-section-title'>每天的数字</Text>
              <Choices<string> label='看哪一项' options={lines.map((l) => ({ value: l.key, text: l.title }))} value={line.key} onChange={setLineKey} />
              <View className='ct-card db-chart'>
                <Text className='ct-title ct-block'>{`${line.title}（${line.unit}）`}</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>{line.note}</Text>
                <DayBars line={line} days={data.days} />
              </View>
              {data.areaId === null && data.byArea.length > 0 ? <AreaCard data={data} lineKey={line.key} title={line.title} unit={line.unit} /> : null}
            </View>
          )
        }}
      </RemoteView>
    </Page>
  )
}

/** The chosen figure 片区 by 片区 over the days shown, and what 未划片区 means when it is there. */
function AreaCard({ data, lineKey, title, unit }: { data: DashboardOverview; lineKey: string; title: string; unit: string }) {
  const rows = areaFiguresOf(data, lineKey)
  return (
    <View className='ct-card db-chart ct-mt'>
      <Text className='ct-title ct-block'>{`各片区${title}（${data.days.length}天合计）`}</Text>
      <Bars title={title} unit={unit} listLabel={`${title}，各片区`} rows={rows} />
      {rows.some((r) => r.key === 'unplaced') ? (
        <Text className='ct-muted ct-block ct-mt-xs'>未划片区：还没有绑定住户的人签署、投票，或者没写社区的志愿服务，只算在全县里。</Text>
      ) : null}
    </View>
  )
}

export default function OverviewPage() {
  return <OverviewScreen />
}
