import { Text, View } from '@tarojs/components'
import './Figure.scss'

/** A key figure: big red number, small label. */
export default function Figure({ value, label, unit }: { value: number | string; label: string; unit?: string }) {
  return (
    <View className='ct-figure'>
      <View>
        <Text className='ct-figure__value'>{value}</Text>
        {unit ? <Text className='ct-figure__unit'>{unit}</Text> : null}
      </View>
      <Text className='ct-figure__label'>{label}</Text>
    </View>
  )
}
