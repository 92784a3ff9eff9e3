import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import StatusTag from '../../../../components/StatusTag'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { useRemote } from '../../../../hooks/useRemote'
import { go, ROUTES, withQuery } from '../../../../lib/routes'
import { getMyTasks } from '../../api/tasks'
import type { MyTask } from '../../api/types'
import ProgressBar from '../../../../components/ProgressBar'
import { dueText, taskState } from '../../words'
import '../../tasks.scss'

/** A unit's people's tasks: given to the caller, or to a unit they handle; unfinished first, by deadline. */
export default function MyTasksPage() {
  const tasks = useRemote(getMyTasks)
  usePullRefresh(tasks.reload)
  useReloadOnShow(tasks.reload)
  return (
    <Page>
      <View className='ct-card'>
        <Text className='ct-muted ct-block'>做的过程中随时汇报进度，拍几张现场照片。到期没完成的任务会报片区分指挥部督办。</Text>
        <Button className='ct-btn ct-mt' type='default' onClick={() => go(ROUTES.taskLetter)}>
          签署本单位目标责任书
        </Button>
      </View>
      <RemoteView<MyTask[]> remote={tasks} rows={3} empty={{ title: '现在没有您的任务', hint: '指挥部给您或您的单位安排任务后，会出现在这里，您也会收到消息。' }}>
        {(list) => (
          <View>
            {list.map((t) => {
              const state = taskState(t)
              return (
                <View key={t.id} className='ct-card'>
                  <View className='ct-spread'>
                    <Text className='ct-title'>{t.title}</Text>
                    <StatusTag status={state.status} label={state.label} />
                  </View>
                  <Text className='ct-muted ct-block ct-mt-xs'>{t.path.join(' › ')}</Text>
                  <Text className='ct-muted ct-block'>{`牵头：${t.leadUnit} · 期限${dueText(t.dueOn)}${t.mine ? '' : ' · 本单位的任务'}`}</Text>
                  <ProgressBar value={t.progress} label='进度' />
                  <Button className='ct-btn ct-mt' type={t.done ? 'default' : 'primary'} onClick={() => go(withQuery(ROUTES.task, { id: t.id }))}>
                    {t.done ? '看汇报记录' : '汇报进度'}
                  </Button>
                </View>
              )
            })}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}
