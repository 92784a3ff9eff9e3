import { Text, View } from '@tarojs/components'
import { CONVENTION_KIND_LABELS } from '../../../lib/labels'
import { formatWhen } from '../../../lib/time'
import type { ConventionSummary } from '../api/types'

const STATE: Record<string, { text: string; cls: string }> = {
  signed: { text: '已签署', cls: 'ct-tag--green' },
  resign: { text: '待重新签署', cls: 'ct-tag--red' },
  unsigned: { text: '未签署', cls: '' },
}

export default function ConventionCard({ c, onOpen }: { c: ConventionSummary; onOpen: () => void }) {
  const st = STATE[c.mine] ?? STATE.unsigned
  return (
    <View className='ct-card ct-card--tap cv-card' role='button' onClick={onOpen}>
      <View className='ct-spread'>
        <Text className='ct-muted'>{CONVENTION_KIND_LABELS[c.kind] ?? '公约'} · {c.scopeName}</Text>
        <Text className={`ct-tag ${st.cls}`}>{st.text}</Text>
      </View>
      <Text className='ct-title ct-block ct-mt-xs'>{c.title}</Text>
      <View className='ct-spread ct-mt-xs'>
        <Text className='ct-muted'>
          第 {c.currentVersion.version} 版 · {formatWhen(c.currentVersion.publishedAt)}发布
        </Text>
        <Text className='cv-card__count'>{c.signerCount} 人已签署</Text>
      </View>
    </View>
  )
}
