import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useRemote } from '../../../../hooks/useRemote'
import { useShare } from '../../../../hooks/useShare'
import { ROUTES, go } from '../../../../lib/routes'
import { getScoreboard } from '../../api/getScoreboard'
import type { ScoreboardRow } from '../../api/types'
import ScoreTable, { OnTimeBars } from '../../components/ScoreTable'
import '../reports.scss'

/**
 * 各单位办理情况, for everyone: how each responsible unit handles what
 * residents report — received, fixed, on time, overdue, how long, how
 * satisfied the reporters were. A unit's record is public; no person is named.
 */
export function DepartmentsScreen() {
  const board = useRemote<ScoreboardRow[]>(getScoreboard)
  usePullRefresh(board.reload)
  useShare(() => ({ title: '各单位办理随手拍的情况，一看就知道', path: ROUTES.reportDepartments }))
  return (
    <Page>
      <View className='rp-head'>
        <Text className='ct-h1 ct-block'>各单位办理情况</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>您随手拍的问题派给了哪个单位、办得快不快、大家满不满意，都在这里。</Text>
      </View>
      <RemoteView<ScoreboardRow[]>
        remote={board}
        rows={2}
        empty={{ title: '还没有派过单', hint: '社区把随手拍派给责任单位后，这里会显示各单位的办理情况', actionText: '去随手拍', onAction: () => go(ROUTES.report) }}
      >
        {(list) => (
          <View>
            <OnTimeBars rows={list} />
            <View className='ct-card rp-table-card'>
              <ScoreTable rows={list} />
              <Text className='ct-muted ct-block rp-table-note'>收到、整改、按时、超期为件数；按时：在办理期限内整改；用时：从派单到整改的小时数（中位数）；满意度：反映人评分的平均，5分满分。</Text>
            </View>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function DepartmentsPage() {
  return <DepartmentsScreen />
}
