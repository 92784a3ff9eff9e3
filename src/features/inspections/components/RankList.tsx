import { Text, View } from '@tarojs/components'
import type { RankedRow } from '../api/types'
import { rateText } from '../words'

/** A ranking as bars: rank, name, score rate; 90% and above in green. */
export default function RankList({ rows, label, note }: { rows: RankedRow[]; label: string; note?: (row: RankedRow) => string }) {
  return (
    <View className='ct-card' role='list' aria-label={label}>
      {rows.map((r) => (
        <View key={r.id} className='in-rank' role='listitem'>
          <Text className='in-rank__no'>{`${r.rank}`}</Text>
          <View className='in-rank__body'>
            <View className='ct-spread'>
              <Text className='ct-text'>{r.name}</Text>
              <Text className='in-rate'>{rateText(r.rate)}</Text>
            </View>
            <View className='in-bar' aria-hidden='true'>
              <View className={`in-bar__fill ${r.rate >= 90 ? 'in-bar__fill--good' : ''}`} style={{ width: `${Math.max(2, Math.min(100, r.rate))}%` }} />
            </View>
            <Text className='ct-muted ct-block ct-mt-xs'>{note ? note(r) : `${r.sites}个点位，得${r.score}分 / 满分${r.maxScore}分`}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
