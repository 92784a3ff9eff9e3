import { Text } from '@tarojs/components'
import { statusTone } from './words'

/** A nomination's status, in the server's words, coloured as everywhere. */
export default function StatusTag({ status, label }: { status: string; label: string }) {
  return <Text className={`ct-tag ${statusTone(status)}`}>{label}</Text>
}
