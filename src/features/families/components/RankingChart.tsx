import { Text, View } from '@tarojs/components'
import type { FamilyEntry } from '../api/types'

/**
 * The ranking as a bar chart drawn in the app: one bar per family, as long as
 * its votes against the leader's; ties share a rank. Each row is read out whole.
 */
export default function RankingChart({ entries, title, onOpen }: { entries: FamilyEntry[]; title: string; onOpen: (e: FamilyEntry) => void }) {
  const max = entries.reduce((m, e) => Math.max(m, e.votes), 0)
  return (
    <View className='ct-card' role='list' aria-label={title}>
      <Text className='ct-title ct-block'>{title}</Text>
      {entries.map((e) => {
        const pct = max > 0 ? Math.round((e.votes / max) * 100) : 0
        return (
          <View
            key={e.nominationId}
            className='fm-rank'
            role='listitem'
            aria-label={`第${e.rank}名，${e.displayName}，${e.community}，${e.votes}票`}
            onClick={() => onOpen(e)}
          >
            <Text className={`fm-rank__no fm-rank__no--${e.rank}`} aria-hidden='true'>
              {e.rank}
            </Text>
            <View className='fm-rank__body' aria-hidden='true'>
              <View className='fm-rank__top'>
                <Text className='fm-rank__name'>{e.displayName}</Text>
                <Text className='fm-rank__votes'>{`${e.votes} 票`}</Text>
              </View>
              <View className='fm-rank__track'>
                <View className={`fm-rank__fill ${e.votes === 0 ? 'fm-rank__fill--zero' : ''}`} style={{ width: `${pct}%` }} />
              </View>
              <Text className='fm-rank__community'>{e.community}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
