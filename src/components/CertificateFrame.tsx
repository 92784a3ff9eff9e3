import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import Seal from './Seal'
import './Certificate.scss'

export interface CertificateFrameProps {
  /** the county's campaign, at the top: 青禾县创建全国文明城市 */
  campaignName: string
  /** the county, around the seal */
  countyName: string
  title: string
  number: string
  /** who issues it and when, right-aligned beside the seal */
  sign: ReactNode
  /** what it certifies: the feature's own words */
  children: ReactNode
}

/**
 * Every certificate on screen: a red frame with a gold rule inside, the
 * campaign's name, the title and the number, the feature's text, then who
 * issues it and the date beside a round red seal. Text sizes follow 大字模式;
 * the seal keeps its size. The same paper as the saved picture (lib/certificate).
 */
export default function CertificateFrame({ campaignName, countyName, title, number, sign, children }: CertificateFrameProps) {
  return (
    <View className='ct-cert'>
      <View className='ct-cert__inner'>
        <View className='ct-cert__corner ct-cert__corner--tl' aria-hidden='true' />
        <View className='ct-cert__corner ct-cert__corner--tr' aria-hidden='true' />
        <View className='ct-cert__corner ct-cert__corner--bl' aria-hidden='true' />
        <View className='ct-cert__corner ct-cert__corner--br' aria-hidden='true' />
        <Text className='ct-cert__campaign'>{campaignName}</Text>
        <Text className='ct-cert__title'>{title}</Text>
        <Text className='ct-cert__no'>{`编号：${number}`}</Text>
        <View className='ct-cert__body'>{children}</View>
        <View className='ct-cert__foot'>
          <Seal countyName={countyName} />
          <View className='ct-cert__sign'>{sign}</View>
        </View>
      </View>
    </View>
  )
}
