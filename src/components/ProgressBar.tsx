import { Text, View } from '@tarojs/components'
import './ProgressBar.scss'

/** 进度 n%: the figure written out, then a bar of it (green once finished). */
export default function ProgressBar({ value, label }: { value: number; label: string }) {
  return (
    <View>
      <Text className='ct-text ct-block'>{`${label}：${value}%`}</Text>
      <View className='ct-bar' role='progressbar' aria-valuenow={value} aria-valuemin={0} aria-valuemax={100} aria-label={label}>
        <View className={`ct-bar__fill ${value >= 100 ? 'ct-bar__fill--done' : ''}`} style={{ width: `${value}%` }} />
      </View>
    </View>
  )
}
