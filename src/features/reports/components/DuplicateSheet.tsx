import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Input from '../../../components/nut/input'
import RemoteView from '../../../components/RemoteView'
import { useRemote } from '../../../hooks/useRemote'
import { formatWhen } from '../../../lib/time'
import { staffQueue } from '../api/staffQueue'
import type { CaseSummary, Id } from '../api/types'
import Sheet from '../../../components/Sheet'
// the field label classes (ct-field__label …), for labels that stand without a <Field>
import '../../../components/Field.scss'

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

/** An id typed or pasted (a bare id or a whole link), or undefined. */
export function idIn(text: string): Id | undefined {
  return UUID.exec(text)?.[0]?.toLowerCase()
}

/** 标记重复: pick the earlier report of the same problem from the open cases, or paste its number. */
export default function DuplicateSheet(props: {
  reportId: Id
  busy: boolean
  error?: string
  onConfirm: (duplicateOf: Id) => void
  onCancel: () => void
}) {
  const { reportId, busy, error, onConfirm, onCancel } = props
  const candidates = useRemote<CaseSummary[]>(
    () =>
      Promise.all([staffQueue('waiting'), staffQueue('assigned')]).then(([a, b]) =>
        [...a, ...b].filter((c, i, all) => c.id !== reportId && all.findIndex((x) => x.id === c.id) === i),
      ),
    [reportId],
  )
  const [picked, setPicked] = useState<Id | undefined>(undefined)
  const [pasted, setPasted] = useState('')
  const [local, setLocal] = useState('')

  const submit = () => {
    const target = idIn(pasted) ?? picked
    if (!target) {
      setLocal('请选择原来的问题，或粘贴它的编号')
      return
    }
    if (target === reportId) {
      setLocal('不能标记为和自己重复')
      return
    }
    onConfirm(target)
  }

  return (
    <Sheet
      title='标记重复'
      hint='同一个问题之前已经有人反映过：这一条会跟着原来的问题办理，反映人也能看到进展。'
      confirmText='确认标记重复'
      busy={busy}
      error={error}
      onCancel={onCancel}
      onConfirm={submit}
    >
      <Text className='ct-field__label'>和哪一条重复</Text>
      <RemoteView<CaseSummary[]> remote={candidates} rows={2} empty={{ title: '没有其他办理中的问题', hint: '可以在下面粘贴原问题的编号' }}>
        {(list) => (
          <View role='radiogroup' aria-label='原来的问题'>
            {list.map((c) => {
              const on = picked === c.id && !idIn(pasted)
              return (
                <View
                  key={c.id}
                  className={`rp-option ${on ? 'rp-option--on' : ''}`}
                  role='radio'
                  aria-checked={on}
                  onClick={() => {
                    setPicked(c.id)
                    setPasted('')
                    setLocal('')
                  }}
                >
                  <Text className='rp-option__mark' aria-hidden='true'>
                    {on ? '✓' : ''}
                  </Text>
                  <View className='ct-grow'>
                    <Text className='ct-text ct-block'>{`${c.category} · ${c.address}`}</Text>
                    <Text className='ct-muted ct-block'>{`${formatWhen(c.submittedAt)}反映 · ${c.statusLabel}`}</Text>
                  </View>
                </View>
              )
            })}
          </View>
        )}
      </RemoteView>
      <Text className='ct-field__label ct-mt'>或粘贴原问题的编号</Text>
      <View className='ct-box'>
        <Input
          value={pasted}
          placeholder='在原问题页面点“复制编号”'
          maxLength={300}
          aria-label='原问题的编号'
          onChange={(v: string) => {
            setPasted(v)
            setLocal('')
          }}
        />
      </View>
      {local ? <Text className='ct-field-error'>{local}</Text> : null}
    </Sheet>
  )
}
