import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import Choices from '../../../../components/Choices'
import DayPicker from '../../../../components/DayPicker'
import Field from '../../../../components/Field'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Checkbox from '../../../../components/nut/checkbox'
import Input from '../../../../components/nut/input'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { createTask, editTask, getPlan, getTaskOptions } from '../../api/tasks'
import type { TaskLevel, TaskNodeView, TaskOptions } from '../../api/types'
import { CHILD_LEVEL, dueText, LEVEL_LABELS } from '../../words'
import '../../tasks.scss'

const WEIGHTS = [1, 2, 3, 4, 5].map((w) => ({ value: w, text: `${w}` }))
const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id])

function find(nodes: TaskNodeView[], id: string): TaskNodeView | undefined {
  for (const n of nodes) {
    if (n.id === id) return n
    const below = find(n.children, id)
    if (below) return below
  }
  return undefined
}

interface Loaded {
  options: TaskOptions
  parent: TaskNodeView | null
  /** The node being changed (修改), or null when a new one is made. */
  editing: TaskNodeView | null
}

/**
 * A node of the plan: a 总体方案, or the next level under `parent` (a person's
 * task names who does it); with `editId`, the same form filled in with that
 * node, to 修改 it.
 */
export function NewTaskScreen({ parentId, editId }: { parentId?: string; editId?: string }) {
  const loaded = useRemote<Loaded>(async () => {
    const [options, plan] = await Promise.all([getTaskOptions(), parentId || editId ? getPlan() : Promise.resolve(null)])
    const editing = editId && plan ? (find(plan.plans, editId) ?? null) : null
    const parentOf = editing ? editing.parentId : parentId
    return { options, parent: parentOf && plan ? (find(plan.plans, parentOf) ?? null) : null, editing }
  }, [parentId, editId])
  return (
    <Page>
      <RemoteView<Loaded> remote={loaded} rows={4}>
        {({ options, parent, editing }) => {
          if (editId && !editing) return <Text className='ct-text ct-block'>没有找到这项任务，它可能已经撤销了。</Text>
          if (editing?.withdrawn) return <Text className='ct-text ct-block'>这项任务已经撤销了，不能再修改。</Text>
          const level = editing ? editing.level : parent ? CHILD_LEVEL[parent.level] : 'plan'
          if (!level) return <Text className='ct-text ct-block'>个人任务下面不能再分解了。</Text>
          return <TaskForm key={editing?.id ?? 'new'} options={options} parent={parent} level={level} editing={editing} />
        }}
      </RemoteView>
    </Page>
  )
}

function TaskForm({ options, parent, level, editing }: { options: TaskOptions; parent: TaskNodeView | null; level: TaskLevel; editing: TaskNodeView | null }) {
  const [title, setTitle] = useState(editing?.title ?? '')
  const [lead, setLead] = useState(editing?.leadUnitId ?? '')
  const [responsible, setResponsible] = useState<string[]>(editing?.responsibleUnitIds ?? [])
  const [cooperating, setCooperating] = useState<string[]>(editing?.cooperatingUnitIds ?? [])
  const [areaId, setAreaId] = useState(editing?.areaId ?? '')
  const [dueOn, setDueOn] = useState(editing?.dueOn ?? '')
  const [weight, setWeight] = useState(editing?.weight ?? 1)
  const [assigneeId, setAssigneeId] = useState(editing?.assigneeId ?? '')
  const save = useAction(
    async () => {
      const fields = {
        title,
        leadUnitId: lead,
        responsibleUnitIds: responsible,
        cooperatingUnitIds: cooperating,
        ...(areaId ? { areaId } : {}),
        dueOn,
        weight,
        ...(assigneeId ? { assigneeId } : {}),
      }
      if (editing) await editTask({ taskId: editing.id, version: editing.version, ...fields })
      else await createTask({ ...(parent ? { parentId: parent.id } : {}), ...fields })
      toastOk(editing ? '已修改' : '已保存')
      await Taro.navigateBack().catch(() => undefined)
    },
    { toastOnError: false },
  )
  const errors = save.fieldErrors
  const units = options.units.map((u) => ({ value: u.id, text: u.name }))
  const isPerson = level === 'person'
  const ready = title.trim().length >= 2 && lead && dueOn && (!isPerson || assigneeId)
  const weights = WEIGHTS.some((w) => w.value === weight) ? WEIGHTS : [...WEIGHTS, { value: weight, text: `${weight}` }]
  return (
    <View>
      <View className='ct-card'>
        <Text className='ct-h1 ct-block'>{editing ? `修改${LEVEL_LABELS[level]}` : `新建${LEVEL_LABELS[level]}`}</Text>
        {parent ? <Text className='ct-muted ct-block ct-mt-xs'>{`属于：${parent.title}（期限${dueText(parent.dueOn)}）`}</Text> : null}
        {editing?.assigneeId ? <Text className='ct-muted ct-block ct-mt-xs'>换了负责人，新负责人和原负责人都会收到消息。</Text> : null}
        <Field label='任务名称' error={errors.title}>
          <View className={`ct-box ${errors.title ? 'ct-box--error' : ''}`}>
            <Input value={title} maxLength={60} placeholder='例如：幸福里东巷乱堆乱放清理' aria-label='任务名称' onChange={(v: string) => setTitle(v)} />
          </View>
        </Field>
        <DayPicker label='完成期限' value={dueOn} error={errors.dueOn} onChange={setDueOn} />
        <Field label='权重' hint='占上一级任务的分量，越大越重要'>
          <Choices<number> label='权重' value={weight} onChange={setWeight} options={weights} />
        </Field>
      </View>
      <View className='ct-card'>
        <Field label='牵头部门' error={errors.leadUnitId}>
          <Choices<string> label='牵头部门' value={lead} onChange={setLead} options={units} />
        </Field>
        <Field label='责任部门（可多选）' error={errors.responsibleUnitIds}>
          {options.units.map((u) => (
            <Checkbox key={u.id} checked={responsible.includes(u.id)} onChange={() => setResponsible(toggle(responsible, u.id))}>
              {u.name}
            </Checkbox>
          ))}
        </Field>
        <Field label='协同部门（可多选）' error={errors.cooperatingUnitIds}>
          {options.units.map((u) => (
            <Checkbox key={u.id} checked={cooperating.includes(u.id)} onChange={() => setCooperating(toggle(cooperating, u.id))}>
              {u.name}
            </Checkbox>
          ))}
        </Field>
        <Field label='所在片区' hint={parent?.area ? `不选就和上一级一样：${parent.area}` : '逾期时报这个片区的分指挥部督办'} error={errors.areaId}>
          <Choices<string> label='所在片区' value={areaId} onChange={setAreaId} options={options.areas.map((a) => ({ value: a.id, text: a.name }))} />
        </Field>
      </View>
      {isPerson ? (
        <View className='ct-card'>
          <Field label='谁来做' hint='责任单位的办事员，会收到消息' error={errors.assigneeId}>
            {options.people.length === 0 ? <Text className='ct-muted ct-block'>还没有责任单位办事员，请先在“职务任命”里邀请。</Text> : null}
            <Choices<string> label='谁来做' value={assigneeId} onChange={setAssigneeId} options={options.people.map((p) => ({ value: p.userId, text: `${p.name}（${p.unit}）` }))} />
          </Field>
        </View>
      ) : null}
      {save.error && !Object.keys(errors).length ? <Text className='ct-field-error ct-block'>{save.error.message}</Text> : null}
      <Button className='ct-btn ct-mt' type='primary' loading={save.busy} disabled={!ready} onClick={() => void save.run()}>
        {editing ? '保存修改' : `保存${LEVEL_LABELS[level]}`}
      </Button>
    </View>
  )
}

export default function NewTaskPage() {
  const { params } = useRouter()
  useEffect(() => {
    if (params.edit) Taro.setNavigationBarTitle({ title: '修改任务' }).catch(() => undefined)
  }, [params.edit])
  return <NewTaskScreen parentId={params.parent || undefined} editId={params.edit || undefined} />
}
