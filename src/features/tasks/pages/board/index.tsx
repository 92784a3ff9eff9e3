import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import StatusTag from '../../../../components/StatusTag'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { useRemote } from '../../../../hooks/useRemote'
import { go, ROUTES, withQuery } from '../../../../lib/routes'
import { formatWhen } from '../../../../lib/time'
import { getBoard } from '../../api/tasks'
import type { BoardEntry } from '../../api/types'
import ProgressBar from '../../../../components/ProgressBar'
import { dueText } from '../../words'
import '../../tasks.scss'

/** 片区分指挥部's board: the overdue tasks of its areas, each escalated once, newest first. */
export default function BoardPage() {
  const board = useRemote(getBoard)
  usePullRefresh(board.reload)
  useReloadOnShow(board.reload)
  return (
    <Page>
      <View className='ct-card'>
        <Text className='ct-muted ct-block'>本片区过了期限还没完成的任务会自动报到这里。请督促责任单位尽快办结。</Text>
      </View>
      <RemoteView<BoardEntry[]> remote={board} rows={3} empty={{ title: '本片区没有逾期任务', hint: '有任务过了期限还没完成，会出现在这里，您也会收到消息。' }}>
        {(list) => (
          <View>
            {list.map((e) => (
              <View key={e.id} className='ct-card' onClick={() => go(withQuery(ROUTES.task, { id: e.id }))}>
                <View className='ct-spread'>
                  <Text className='ct-title'>{e.title}</Text>
                  {e.progress >= 100 ? <StatusTag status='closed' label='已完成' /> : <StatusTag status='disputed' label='已逾期' />}
                </View>
                <Text className='ct-muted ct-block ct-mt-xs'>{[e.area, `牵头：${e.leadUnit}`, e.assignee ? `负责人：${e.assignee}` : ''].filter(Boolean).join(' · ')}</Text>
                <Text className='ct-muted ct-block'>{`期限${dueText(e.dueOn)} · ${formatWhen(e.escalatedAt)}报来督办`}</Text>
                <ProgressBar value={e.progress} label='进度' />
              </View>
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}
