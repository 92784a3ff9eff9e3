import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Choices from '../../../../components/Choices'
import Page from '../../../../components/Page'
import ReasonSheet from '../../../../components/ReasonSheet'
import RemoteView from '../../../../components/RemoteView'
import Sheet from '../../../../components/Sheet'
import StatusTag from '../../../../components/StatusTag'
import Button from '../../../../components/nut/button'
import { useAction } from '../../../../hooks/useAction'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { go, ROUTES, withQuery } from '../../../../lib/routes'
import { getPlan, moveTask, withdrawTask } from '../../api/tasks'
import type { PlanView, TaskNodeView } from '../../api/types'
import ProgressBar from '../../../../components/ProgressBar'
import { CHILD_LEVEL, dueText, LEVEL_LABELS, taskState, withdrawHint } from '../../words'
import '../../tasks.scss'

interface NodeActions {
  onMove: (node: TaskNodeView) => void
  onWithdraw: (node: TaskNodeView) => void
}

function Node({ node, today, actions }: { node: TaskNodeView; today: string; actions: NodeActions }) {
  const state = node.withdrawn ? { status: 'rejected', label: '已撤销' } : taskState(node)
  const next = CHILD_LEVEL[node.level]
  const units = [`牵头：${node.leadUnit}`, node.responsibleUnits.length ? `责任：${node.responsibleUnits.join('、')}` : '', node.cooperatingUnits.length ? `协同：${node.cooperatingUnits.join('、')}` : ''].filter(Boolean)
  return (
    <View>
      <View className={`tk-node ${node.withdrawn ? 'tk-node--withdrawn' : ''}`}>
        <View className='ct-spread'>
          <Text className='ct-title'>{`${node.levelLabel}：${node.title}`}</Text>
          <StatusTag status={state.status} label={state.label} />
        </View>
        {node.withdrawn ? <Text className='ct-text ct-block ct-mt-xs'>{`撤销原因：${node.withdrawReason ?? ''}。不再计入上级进度，汇报记录都保留着。`}</Text> : null}
        <Text className='ct-muted ct-block ct-mt-xs'>{units.join(' · ')}</Text>
        <Text className='ct-muted ct-block'>{[`期限${dueText(node.dueOn, today)}`, `权重${node.weight}`, node.area ?? '', node.assignee ? `负责人：${node.assignee}` : ''].filter(Boolean).join(' · ')}</Text>
        <ProgressBar value={node.progress} label={node.level === 'person' ? '进度' : '汇总进度'} />
        <View className='tk-actions'>
          {next && !node.withdrawn ? (
            <View className='tk-link' role='button' onClick={() => go(withQuery(ROUTES.taskNew, { parent: node.id }))}>
              {`＋ 分解${LEVEL_LABELS[next]}`}
            </View>
          ) : null}
          {node.level === 'person' ? (
            <View className='tk-link' role='button' onClick={() => go(withQuery(ROUTES.task, { id: node.id }))}>
              看汇报
            </View>
          ) : null}
          {!node.withdrawn ? (
            <View className='tk-link' role='button' aria-label={`修改${node.title}`} onClick={() => go(withQuery(ROUTES.taskNew, { edit: node.id }))}>
              修改
            </View>
          ) : null}
          {!node.withdrawn && node.level !== 'plan' ? (
            <View className='tk-link' role='button' aria-label={`移动${node.title}`} onClick={() => actions.onMove(node)}>
              移动
            </View>
          ) : null}
          {!node.withdrawn ? (
            <View className='tk-link' role='button' aria-label={`撤销${node.title}`} onClick={() => actions.onWithdraw(node)}>
              撤销
            </View>
          ) : null}
        </View>
      </View>
      {node.children.length ? (
        <View className='tk-children'>
          {node.children.map((c) => (
            <Node key={c.id} node={c} today={today} actions={actions} />
          ))}
        </View>
      ) : null}
    </View>
  )
}

const flatten = (nodes: TaskNodeView[]): TaskNodeView[] => nodes.flatMap((n) => [n, ...flatten(n.children)])

/** 移动: the nodes of the level above, still counted, other than where it is now. */
function MoveSheet({ node, plan, onDone, onCancel }: { node: TaskNodeView; plan: PlanView; onDone: () => void; onCancel: () => void }) {
  const [parentId, setParentId] = useState('')
  const candidates = flatten(plan.plans).filter((n) => CHILD_LEVEL[n.level] === node.level && !n.withdrawn && n.id !== node.parentId)
  const move = useAction(
    async () => {
      await moveTask({ taskId: node.id, version: node.version, parentId })
      toastOk('已移动')
      onDone()
    },
    { toastOnError: false },
  )
  return (
    <Sheet
      title={`移动“${node.title}”`}
      hint={`它的进度会改为计入新的上一级；期限（${dueText(node.dueOn, plan.today)}）不能晚于新的上一级。`}
      confirmText='确认移动'
      busy={move.busy}
      error={move.error?.message}
      onCancel={onCancel}
      onConfirm={() => {
        if (parentId) void move.run()
      }}
    >
      {candidates.length === 0 ? (
        <Text className='ct-text ct-block'>{`没有别的${node.level === 'person' ? '月度任务' : node.level === 'month' ? '年度目标' : '总体方案'}可以放，请先新建一个。`}</Text>
      ) : (
        <Choices<string> label='移到哪一项下面' value={parentId} onChange={setParentId} options={candidates.map((c) => ({ value: c.id, text: `${c.title}（期限${dueText(c.dueOn, plan.today)}）` }))} />
      )}
    </Sheet>
  )
}

/** 撤销: asks once, with a reason; what was reported stays, and says so. */
function WithdrawSheet({ node, onDone, onCancel }: { node: TaskNodeView; onDone: () => void; onCancel: () => void }) {
  const withdraw = useAction(
    async (reason: string) => {
      const result = await withdrawTask({ taskId: node.id, version: node.version, reason })
      toastOk(result.withdrawn > 1 ? `已撤销${result.withdrawn}项` : '已撤销')
      onDone()
    },
    { toastOnError: false },
  )
  return (
    <ReasonSheet
      title={`撤销“${node.title}”？`}
      hint={withdrawHint(node)}
      quick={['任务已取消', '并入其他任务', '建错了']}
      placeholder='写明为什么撤销，负责人会看到'
      confirmText='确认撤销'
      label='撤销原因'
      max={100}
      busy={withdraw.busy}
      error={withdraw.error?.message}
      onConfirm={(reason) => void withdraw.run(reason)}
      onCancel={onCancel}
    />
  )
}

/** 指挥部's plan: plan → yearly targets → monthly tasks → people's tasks, each with its units and its progress rolled up by weight; each can be changed, moved or withdrawn. */
export function PlanScreen() {
  const plan = useRemote(getPlan)
  usePullRefresh(plan.reload)
  useReloadOnShow(plan.reload)
  const [moving, setMoving] = useState<TaskNodeView | null>(null)
  const [withdrawing, setWithdrawing] = useState<TaskNodeView | null>(null)
  const done = () => {
    setMoving(null)
    setWithdrawing(null)
    void plan.reload()
  }
  const actions: NodeActions = { onMove: setMoving, onWithdraw: setWithdrawing }
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
                <Node node={root} today={p.today} actions={actions} />
              </View>
            ))}
            {moving ? <MoveSheet node={moving} plan={p} onDone={done} onCancel={() => setMoving(null)} /> : null}
          </View>
        )}
      </RemoteView>
      {withdrawing ? <WithdrawSheet node={withdrawing} onDone={done} onCancel={() => setWithdrawing(null)} /> : null}
    </Page>
  )
}

export default PlanScreen
