import { Image, Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import { photoUrl } from '../../../lib/files'
import type { FamilyEntry } from '../api/types'
import { excerpt, nominatedText, starsText } from './words'

export interface VoteControl {
  busy: boolean
  disabled: boolean
  /** this is the caller's own family: no button, a note instead */
  own: boolean
  /** voted for it today already (one a day per family) */
  voted: boolean
  /** the server's words when this vote was refused */
  error?: string
  onVote: () => void
}

/** A family in the list: its first photo, name, community, who nominated it, the start of its story; tap for the family page. */
export default function FamilyCard({ e, showVotes, vote, onOpen }: { e: FamilyEntry; showVotes: boolean; vote?: VoteControl; onOpen: () => void }) {
  return (
    <View className='ct-card fm-family'>
      <View className='fm-family__main' role='link' onClick={onOpen}>
        {e.photos[0] ? <Image className='fm-family__photo' src={photoUrl(e.photos[0])} mode='aspectFill' lazyLoad aria-hidden='true' /> : null}
        <View className='ct-grow'>
          <Text className='fm-family__name ct-block'>{e.displayName}</Text>
          <Text className='ct-muted ct-block'>{e.community}</Text>
          <View className='fm-tags'>
            <Text className='ct-tag'>{nominatedText(e.nominatedAs, e.childName)}</Text>
            {starsText(e.stars) ? <Text className='ct-tag ct-tag--red'>{starsText(e.stars)}</Text> : null}
          </View>
          <Text className='ct-text ct-block fm-family__story'>{excerpt(e.story)}</Text>
        </View>
      </View>
      {showVotes || vote ? (
        <View className='fm-family__foot'>
          <View className='fm-votes'>
            <Text className='fm-votes__num'>{e.votes}</Text>
            <Text className='fm-votes__unit'>票</Text>
            <Text className='fm-votes__rank'>{`第${e.rank}名`}</Text>
          </View>
          {vote && vote.own ? <Text className='ct-muted'>这是您家</Text> : null}
          {vote && !vote.own && vote.voted ? <Text className='ct-tag ct-tag--green fm-voted'>今天已投</Text> : null}
          {vote && !vote.own && !vote.voted ? (
            <Button type='primary' loading={vote.busy} disabled={vote.disabled} aria-label={`给${e.displayName}投票`} onClick={vote.onVote}>
              投票
            </Button>
          ) : null}
        </View>
      ) : null}
      {vote?.error ? (
        <View className='fm-notice fm-notice--alert' role='alert'>
          <Text className='ct-text'>{vote.error}</Text>
        </View>
      ) : null}
    </View>
  )
}
