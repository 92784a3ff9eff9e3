import { Text } from '@tarojs/components'

/** Status colours mean the same everywhere: waiting grey, in progress blue, done green, needs you red. */
const TONE: Record<string, string> = {
  awaiting_consent: '',
  declined: '',
  submitted: 'ct-tag--blue',
  changes_requested: 'ct-tag--red',
  approved: 'ct-tag--green',
  rejected: '',
  withdrawn: '',
}

export default function StatusTag({ status, label }: { status: string; label: string }) {
  return <Text className={`ct-tag ${TONE[status] ?? ''}`}>{label}</Text>
}
