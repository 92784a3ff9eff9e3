import { Text, View } from '@tarojs/components'
import { sealLayout, sealText } from '../lib/certificate'
import './Certificate.scss'

/**
 * The round red emblem on a certificate, drawn in CSS: a double ring, the
 * county's name around the top and a star in the middle. Each letter sits at
 * the top of a column as tall as the seal, turned about the seal's centre, so
 * the same angles as the drawn picture (lib/certificate) place it. An emblem,
 * not an official seal: it reads "<county>文明共建".
 */
export default function Seal({ countyName }: { countyName: string }) {
  return (
    <View className='ct-seal' role='img' aria-label={`${sealText(countyName)}印章图案`}>
      <View className='ct-seal__ring' aria-hidden='true' />
      {sealLayout(countyName).map(({ char, angle }, i) => (
        <View key={i} className='ct-seal__slot' style={{ transform: `rotate(${angle}deg)` }} aria-hidden='true'>
          <Text className='ct-seal__char'>{char}</Text>
        </View>
      ))}
      <Text className='ct-seal__star' aria-hidden='true'>
        ★
      </Text>
    </View>
  )
}
