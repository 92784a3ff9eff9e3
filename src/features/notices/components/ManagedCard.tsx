import { Text, View } from '@tarojs/components'
import type { ManagedNotice } from '../api/types'
import { isOver, postedLine, receiptLine } from '../hooks/rules'
import NoticeTags from './NoticeTags'
import ReadBar from './ReadBar'

/** A notice in 楼栋通知管理: who it went to, and 已读 12/24 户 · 收到 5. */
export default function ManagedCard({ n, onOpen }: { n: ManagedNotice; onOpen: () => void }) {
  const withdrawn = n.status === 'withdrawn'
  return (
    <View className={`ct-card ct-card--tap nt-card ${withdrawn ? 'nt-card--off' : ''}`} role='button' hoverClass='none' onClick={onOpen}>
      <View className='nt-card__head'>
        <Text className='ct-title nt-card__title nt-card__title--strong'>{n.title}</Text>
        <Text className='ct-chevron' aria-hidden='true'>
          ›
        </Text>
      </View>
      <View className='nt-tags'>
        <NoticeTags pinned={n.pinned} withdrawn={withdrawn} over={isOver(n)} />
      </View>
      <Text className='ct-muted ct-block'>{`发给 ${n.buildingName} · ${n.audienceLabel}`}</Text>
      <Text className='nt-receipt ct-block'>{receiptLine(n)}</Text>
      <ReadBar read={n.readHouseholds} acknowledged={n.acknowledgedHouseholds} audience={n.audienceHouseholds} small />
      <Text className='ct-muted ct-block ct-mt-xs'>{postedLine(n)}</Text>
    </View>
  )
}
