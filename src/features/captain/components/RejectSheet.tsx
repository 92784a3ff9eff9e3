import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Button from '../../../components/nut/button'
import TextArea from '../../../components/nut/textarea'
import type { QueueItem } from '../api/types'

const QUICK = ['房号不对', '不认识这位住户', '这一户已经有人绑定', '请先当面核实']

/** Reject asks once, with a reason the applicant will read. */
export default function RejectSheet(props: { item: QueueItem; busy: boolean; onConfirm: (reason: string) => void; onCancel: () => void }) {
  const { item, busy, onConfirm, onCancel } = props
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  return (
    <View className='cq-mask' catchMove>
      <View className='cq-sheet' role='dialog' aria-label='拒绝原因'>
        <Text className='ct-title ct-block'>{`拒绝「${item.householdLabel}」的申请`}</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>申请人会看到您写的原因，请写清楚怎么做才能通过。</Text>
        <View className='cq-quick'>
          {QUICK.map((q) => (
            <View
              key={q}
              className='cq-quick__chip'
              role='button'
              onClick={() => {
                setReason(q)
                setError('')
              }}
            >
              {q}
            </View>
          ))}
        </View>
        <View className='cq-reason'>
          <TextArea
            value={reason}
            placeholder='请填写拒绝原因'
            maxLength={100}
            showCount
            onChange={(v: string) => {
              setReason(v)
              if (v.trim()) setError('')
            }}
          />
        </View>
        {error ? <Text className='ct-field-error'>{error}</Text> : null}
        <View className='ct-btn-row ct-mt'>
          <Button className='ct-btn' type='default' onClick={onCancel}>
            取消
          </Button>
          <Button
            className='ct-btn'
            type='primary'
            loading={busy}
            onClick={() => {
              if (!reason.trim()) {
                setError('请填写拒绝原因')
                return
              }
              onConfirm(reason.trim())
            }}
          >
            确认拒绝
          </Button>
        </View>
      </View>
    </View>
  )
}
