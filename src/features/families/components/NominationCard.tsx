import { Text, View } from '@tarojs/components'
import type { NominationView } from '../api/types'
import StatusTag from './StatusTag'
import { excerpt } from './words'

/** A nomination in a list (mine, consents, review): name, status, campaign, the start of the story; tap to open it. */
export default function NominationCard({ n, onOpen, note }: { n: NominationView; onOpen: () => void; note?: string }) {
  const line = note ?? n.campaignTitle
  return (
    <View className='ct-card ct-card--tap' role='button' onClick={onOpen}>
      <View className='ct-spread'>
        <Text className='fm-family__name ct-grow'>{n.displayName}</Text>
        <StatusTag status={n.status} label={n.statusLabel} />
      </View>
      <Text className='ct-muted ct-block'>{`${n.community} · ${n.nominatedAs}`}</Text>
      <Text className='ct-text ct-block fm-family__story'>{excerpt(n.story, 48)}</Text>
      {line ? <Text className='ct-muted ct-block ct-mt-xs'>{line}</Text> : null}
    </View>
  )
}
