import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { saveCsv } from '../../../../lib/save-csv'
import { getWeekly, getWeeklyCsv } from '../../api/tasks'
import type { WeeklyReport } from '../../api/types'
import { addDays, weekText } from '../../words'
import '../../tasks.scss'

/** 任务周报 (北京时间周一到周日): per unit, people's tasks done on time, late and at risk; the CSV holds the same rows. */
export function WeeklyScreen() {
  // Any day of the week shown; none: this week.
  const [day, setDay] = useState<string | undefined>(undefined)
  const report = useRemote(() => getWeekly(day), [day])
  const exporting = useAction(async () => {
    const { filename, csv } = await getWeeklyCsv(day)
    const how = await saveCsv(filename, csv)
    toastOk(how === 'copied' ? '已复制到剪贴板' : how === 'shared' ? '已发送' : '已开始下载')
  })
  return (
    <Page>
      <RemoteView<WeeklyReport> remote={report} rows={4}>
        {(r) => (
          <View>
            <View className='ct-card'>
              <Text className='ct-h1 ct-block'>{weekText(r.weekStart, r.weekEnd)}</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>{`按期完成${r.totals.done}项 · 逾期${r.totals.late}项 · 有风险${r.totals.atRisk}项`}</Text>
              <Text className='ct-muted ct-block'>有风险：一周内到期、进度还不到八成。</Text>
              <View className='tk-actions'>
                <Button className='ct-btn' type='default' onClick={() => setDay(addDays(r.weekStart, -7))}>
                  上一周
                </Button>
                <Button className='ct-btn' type='default' onClick={() => setDay(addDays(r.weekStart, 7))}>
                  下一周
                </Button>
              </View>
            </View>
            <View className='ct-card'>
              <View className='tk-table__row tk-table__head'>
                <Text className='tk-table__unit'>单位</Text>
                <Text className='tk-table__n'>按期完成</Text>
                <Text className='tk-table__n'>逾期</Text>
                <Text className='tk-table__n'>有风险</Text>
              </View>
              {r.rows.length === 0 ? <Text className='ct-muted ct-block ct-mt'>这一周没有到期、完成或逾期的任务。</Text> : null}
              {r.rows.map((row) => (
                <View key={row.unitId} className='tk-table__row'>
                  <Text className='tk-table__unit'>{row.unit}</Text>
                  <Text className='tk-table__n'>{row.done}</Text>
                  <Text className={`tk-table__n ${row.late ? 'tk-late' : ''}`}>{row.late}</Text>
                  <Text className='tk-table__n'>{row.atRisk}</Text>
                </View>
              ))}
            </View>
            <Button className='ct-btn ct-mt' type='primary' loading={exporting.busy} onClick={() => void exporting.run()}>
              导出表格
            </Button>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function WeeklyPage() {
  return <WeeklyScreen />
}
