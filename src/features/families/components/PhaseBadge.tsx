import { Text } from '@tarojs/components'
import { phaseTone } from './words'

/** 推荐中 · 审核中 · 投票中 · 已公布结果 */
export default function PhaseBadge({ phase, label }: { phase: string; label: string }) {
  return <Text className={`ct-tag ${phaseTone(phase)}`}>{label}</Text>
}
