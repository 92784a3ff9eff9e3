import { Text, View } from '@tarojs/components'
import type { AssessmentRow, CombinedPart } from '../api/types'
import { scoreText } from '../hooks/months'

function PartLine({ p }: { p: CombinedPart }) {
  const line =
    p.score === null
      ? `权重${p.weight}%，本月没有数据，不计入`
      : `${p.basis} · ${p.effectiveWeight !== p.weight ? `权重${p.weight}%，按${p.effectiveWeight}%计` : `权重${p.weight}%`}`
  return (
    <View className='as-part'>
      <View className='ct-spread'>
        <Text className='ct-text'>{p.label}</Text>
        <Text className={`as-part__score ${p.score === null ? 'as-part__score--none' : ''}`}>{scoreText(p.score)}</Text>
      </View>
      <Text className='ct-muted ct-block'>{line}</Text>
    </View>
  )
}

/**
 * Each community's place, total and parts. A part without data shows 无数据
 * and "本月不计": its weight went to the parts that have data, which show the
 * weight they counted with.
 */
export default function RankingRows({ rows }: { rows: AssessmentRow[] }) {
  return (
    <View role='list' aria-label='社区排名'>
      {rows.map((r) => (
        <View key={r.communityId} className='ct-card as-row' role='listitem'>
          <View className='as-row__head'>
            <Text className={`as-rank ${r.rank !== null && r.rank <= 3 ? 'as-rank--top' : ''}`}>{r.rank === null ? '—' : `第${r.rank}名`}</Text>
            <View className='as-row__name'>
              <Text className='ct-title ct-block'>{r.communityName}</Text>
              <Text className='ct-muted ct-block'>{r.areaName}</Text>
            </View>
            <Text className='as-total'>{r.total === null ? '无数据' : `${r.total}分`}</Text>
          </View>
          {r.total !== null ? (
            <View className='as-bar' aria-hidden>
              <View className='as-bar__fill' style={{ width: `${r.total}%` }} />
            </View>
          ) : (
            <Text className='ct-muted ct-block ct-mt-xs'>本月各项都没有数据，不参加排名</Text>
          )}
          {r.total !== null ? r.parts.map((p) => <PartLine key={p.part} p={p} />) : null}
        </View>
      ))}
    </View>
  )
}
