import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import StatusTag from '../../../../components/StatusTag'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { useRemote } from '../../../../hooks/useRemote'
import { go, ROUTES, withQuery } from '../../../../lib/routes'
import { getPlan } from '../../api/tasks'
import type { PlanView, TaskNodeView } from '../../api/types'
import ProgressBar from '../../../../components/ProgressBar'
import { CHILD_LEVEL, dueText, LEVEL_LABELS, taskState } from '../../words'
import '../../tasks.scss'

function Node({ node, today }: { node: TaskNodeView; today: string }) {
  const state = taskState(node)
  const next = CHILD_LEVEL[node.level]
  const units = [`牵头：${node.leadUnit}`, node.responsibleUnits.length ? `责任：${node.responsibleUnits.join('、')}` : '', node.cooperatingUnits.length ? `协同：${node.cooperatingUnits.join('、')}` : ''].filter(Boolean)
  return (
    <View>
      <View className='tk-node'>
        <View className='ct-spread'>
          <Text className='ct-title'>{`${node.levelLabel}：${node.title}`}</Text>
          <StatusTag status={state.status} label={state.label} />
        </View>
        <Text className='ct-muted ct-block ct-mt-xs'>{units.join(' · ')}</Text>
        <Text className='ct-muted ct-block'>{[`期限${dueText(node.dueOn, today)}`, `权重${node.weight}`, node.area ?? '', node.assignee ? `负责人：${node.assignee}` : ''].filter(Boolean).join(' · ')}</Text>
        <ProgressBar value={node.progress} label={node.level === 'person' ? '进度' : '汇总进度'} />
        <View className='tk-actions'>
          {next ? (
            <View className='tk-link' role='button' onClick={() => go(withQuery(ROUTES.taskNew, { parent: node.id }))}>
              {`＋ 分解${LEVEL_LABELS[next]}`}
            </View>
          ) : null}
          {node.level === 'person' ? (
            <View className='tk-link' role='button' onClick={() => go(withQuery(ROUTES.task, { id: node.id }))}>
              看汇报
            </View>
          ) : null}
        </View>
      </View>
      {node.children.length ? (
        <View className='tk-children'>
          {node.children.map((c) => (
            <Node key={c.id} node={c} today={today} />
          ))}
        </View>
      ) : null}
    </View>
  )
}

/** 指挥部's plan: plan → yearly targets → monthly tasks → people's tasks, each with its units and its progress rolled up by weight. */
export default function PlanPage() {
  const plan = useRemote(getPlan)
  usePullRefresh(plan.reload)
  useReloadOnShow(plan.reload)
  return (
    <Page>
      <View className='ct-card'>
        <Text className='ct-muted ct-block'>上级任务的进度按下级任务的权重自动汇总。个人任务逾期未完成，会自动报所在片区分指挥部督办。</Text>
        <View className='tk-actions'>
          <Button className='ct-btn' type='primary' onClick={() => go(ROUTES.taskNew)}>
            新建总体方案
          </Button>
          <Button className='ct-btn' type='default' onClick={() => go(ROUTES.taskWeekly)}>
            看任务周报
          </Button>
        </View>
      </View>
      <RemoteView<PlanView> remote={plan} rows={4} empty={{ title: '还没有任务', hint: '点“新建总体方案”，再一级一级分解到年度、月度和个人。' }} isEmpty={(p) => p.plans.length === 0}>
        {(p) => (
          <View>
            {p.plans.map((root) => (
              <View key={root.id} className='ct-card'>
                <Node node={root} today={p.today} />
              </View>
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}
