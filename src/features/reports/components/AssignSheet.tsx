import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import DayPicker from '../../../components/DayPicker'
import TextArea from '../../../components/nut/textarea'
import RemoteView from '../../../components/RemoteView'
import { useRemote } from '../../../hooks/useRemote'
import { beijing } from '../../../lib/time'
import { listDepartments } from '../api/listDepartments'
import type { AssignInput } from '../api/assignReport'
import type { Department, ReportDetail } from '../api/types'
import Sheet from '../../../components/Sheet'
// the field label classes (ct-field__label …), for labels that stand without a <Field>
import '../../../components/Field.scss'

export const ASSIGN_RULE = '按建议的责任单位和期限派单，不用写原因；改了单位或期限，请写明原因，会记入办理过程。'

const DEFAULT_TIME = '18:00'

function dayOf(iso: string | undefined | null): string {
  return iso ? beijing(iso).format('YYYY-MM-DD') : beijing(Date.now()).add(3, 'day').format('YYYY-MM-DD')
}

/** 11月28日 18:00前 */
function dueText(iso: string): string {
  return `${beijing(iso).format('M月D日 HH:mm')}前`
}

/** The deadline as the server takes it: that Beijing day at the rule's time of day. */
function deadlineIso(day: string, time: string): string {
  return `${day}T${time}:00+08:00`
}

/**
 * 受理并派单: the department and deadline start as the admin's routing rule
 * proposes (routed); changing either needs a reason, as the form says.
 */
export default function AssignSheet(props: {
  detail: ReportDetail
  busy: boolean
  error?: string
  onConfirm: (input: Omit<AssignInput, 'reportId'>) => void
  onCancel: () => void
}) {
  const { detail, busy, error, onConfirm, onCancel } = props
  const routed = detail.routed
  const departments = useRemote<Department[]>(listDepartments)
  const [departmentId, setDepartmentId] = useState<string>(routed?.departmentId ?? '')
  const [day, setDay] = useState(dayOf(routed?.deadline))
  const time = routed ? beijing(routed.deadline).format('HH:mm') : DEFAULT_TIME
  const [reason, setReason] = useState('')
  const [local, setLocal] = useState<Record<string, string>>({})

  const deptChanged = !!routed && departmentId !== routed.departmentId
  const dayChanged = !routed || day !== dayOf(routed.deadline)
  const changed = !!routed && (deptChanged || dayChanged)
  const today = beijing(Date.now()).format('YYYY-MM-DD')

  const submit = () => {
    const e: Record<string, string> = {}
    if (!departmentId) e.departmentId = '请选择责任单位'
    if (dayChanged && day < today) e.deadline = '办理期限不能早于今天'
    if (changed && reason.trim().length < 2) e.reason = '改了责任单位或期限，请写明原因'
    setLocal(e)
    if (Object.keys(e).length) return
    onConfirm({
      departmentId: !routed || deptChanged ? departmentId : undefined,
      deadline: dayChanged ? deadlineIso(day, time) : undefined,
      reason: reason.trim() || undefined,
    })
  }

  return (
    <Sheet title='受理并派单' hint={ASSIGN_RULE} confirmText='确认派单' busy={busy} error={error} onCancel={onCancel} onConfirm={submit}>
      <Text className='ct-field__label'>责任单位</Text>
      {routed ? <Text className='ct-muted ct-block ct-field__hint'>{`建议：${routed.department}`}</Text> : null}
      <RemoteView<Department[]> remote={departments} rows={1} empty={{ title: '还没有责任单位', hint: '请联系创文办设置' }}>
        {(list) => (
          <View role='radiogroup' aria-label='责任单位'>
            {list.map((dep) => {
              const on = dep.id === departmentId
              return (
                <View
                  key={dep.id}
                  className={`rp-option ${on ? 'rp-option--on' : ''}`}
                  role='radio'
                  aria-checked={on}
                  onClick={() => {
                    setDepartmentId(dep.id)
                    setLocal(({ departmentId: _d, ...rest }) => rest)
                  }}
                >
                  <Text className='rp-option__mark' aria-hidden='true'>
                    {on ? '✓' : ''}
                  </Text>
                  <Text>{routed && dep.id === routed.departmentId ? `${dep.name}（建议）` : dep.name}</Text>
                </View>
              )
            })}
          </View>
        )}
      </RemoteView>
      {local.departmentId ? <Text className='ct-field-error'>{local.departmentId}</Text> : null}

      <View className='ct-mt'>
        <DayPicker label='办理期限' value={day} start={today} error={local.deadline} onChange={setDay} />
      </View>
      <Text className='ct-muted ct-block'>{`${dueText(deadlineIso(day, time))}办好${routed && dayChanged ? `（建议${dueText(routed.deadline)}）` : ''}`}</Text>

      <Text className='ct-field__label ct-mt'>{changed ? '改派原因（必填）' : '备注（可不填）'}</Text>
      <View className={`ct-box rp-textarea ${local.reason ? 'ct-box--error' : ''}`}>
        <TextArea
          value={reason}
          placeholder={changed ? '例如：现场看是燃气管道问题，应由住建局处理' : '给责任单位的话'}
          maxLength={200}
          aria-label={changed ? '改派原因' : '备注'}
          onChange={(v: string) => {
            setReason(v)
            if (v.trim().length >= 2) setLocal(({ reason: _r, ...rest }) => rest)
          }}
        />
      </View>
      {local.reason ? <Text className='ct-field-error'>{local.reason}</Text> : null}
    </Sheet>
  )
}
