import { Text, View } from '@tarojs/components'

/** The titles a good person was given (2026年度青禾好人), as gold badges, newest first. */
export default function TitleBadges({ titles }: { titles: { year: number; title: string }[] }) {
  if (!titles.length) return null
  const sorted = [...titles].sort((a, b) => b.year - a.year)
  return (
    <View className='gp-badges'>
      {sorted.map((t) => (
        <View key={`${t.year}-${t.title}`} className='gp-badge'>
          <Text className='gp-badge__mark' aria-hidden='true'>
            ★
          </Text>
          <Text>{t.title}</Text>
        </View>
      ))}
    </View>
  )
}
