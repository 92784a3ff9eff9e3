import { Text } from '@tarojs/components'

/** Status colours mean the same everywhere: waiting grey, in progress blue, done green, trouble red. */
const TONE: Record<string, string> = {
  submitted: '',
  accepted: '',
  reopened: '',
  rejected: '',
  duplicate: '',
  assigned: 'ct-tag--blue',
  in_progress: 'ct-tag--blue',
  fixed: 'ct-tag--green',
  confirmed: 'ct-tag--green',
  closed: 'ct-tag--green',
  disputed: 'ct-tag--red',
}

export default function StatusTag({ status, label }: { status: string; label: string }) {
  return <Text className={`ct-tag ${TONE[status] ?? ''}`}>{label}</Text>
}

/** 超期 and 督办 next to a case. */
export function CaseFlags({ overdue, escalated }: { overdue: boolean; escalated: boolean }) {
  if (!overdue && !escalated) return null
  return (
    <>
      {overdue ? <Text className='ct-tag ct-tag--red rp-flag'>已超期</Text> : null}
      {escalated ? <Text className='ct-tag ct-tag--red rp-flag'>已督办</Text> : null}
    </>
  )
}
