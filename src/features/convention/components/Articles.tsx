import { Text, View } from '@tarojs/components'

/** The text of a convention: preamble, then numbered articles, easy to read aloud. */
export default function Articles({ preamble, articles }: { preamble?: string; articles: string[] }) {
  return (
    <View className='cv-articles'>
      {preamble ? <Text className='cv-articles__preamble'>{preamble}</Text> : null}
      {articles.map((a, i) => (
        <View key={i} className='cv-articles__item'>
          <Text className='cv-articles__no'>{i + 1}</Text>
          <Text className='cv-articles__text'>{a}</Text>
        </View>
      ))}
    </View>
  )
}
