import { Text, View } from '@tarojs/components'

/** 已答 3 / 8 题, with a bar: how far the person has come. */
export default function Progress({ done, total }: { done: number; total: number }) {
  const pct = total ? Math.round((done / total) * 100) : 0
  return (
    <View className='qn-progress' role='progressbar' aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-label={`已答 ${done} 题，共 ${total} 题`}>
      <Text className='qn-progress__text'>{`已答 ${done} / ${total} 题`}</Text>
      <View className='qn-progress__track'>
        <View className='qn-progress__fill' style={{ width: `${pct}%` }} />
      </View>
    </View>
  )
}
