import { Text, View } from '@tarojs/components'

/** The six responsibilities, one per line, numbered 一 to 六. */
const NUMS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

export default function SixDuties({ articles }: { articles: string[] }) {
  return (
    <View className='sp-duties'>
      {articles.map((a, i) => (
        <View key={i} className='sp-duty'>
          <Text className='sp-duty__no'>{NUMS[i] ?? i + 1}</Text>
          <Text className='sp-duty__text'>{a}</Text>
        </View>
      ))}
    </View>
  )
}
