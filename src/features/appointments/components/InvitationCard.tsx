import { Text, View } from '@tarojs/components'
import { formatDateTime } from '../words'
import type { InvitationPreview } from '../api/types'

/** What the invitee reads before accepting: who invites them, to what, until when — or why it cannot be taken. */
export default function InvitationCard({ inv }: { inv: InvitationPreview }) {
  const note =
    inv.acceptedByYou
      ? '您已经接受了这个邀请。'
      : inv.blockedBecause ??
        (inv.state === 'accepted'
          ? '这个邀请已经有人接受了，请找邀请人重新发一个。'
          : inv.state === 'expired'
            ? '这个邀请已过期，请找邀请人重新发一个。'
            : inv.state === 'cancelled'
              ? '这个邀请已被邀请人撤回。'
              : null)
  return (
    <View className='ct-card ap-invitation' role='region' aria-label='邀请内容'>
      <Text className='ct-muted ct-block'>{`${inv.invitedBy} 邀请您担任`}</Text>
      <Text className='ap-invitation__post ct-block'>{`${inv.scopeName} ${inv.roleLabel}`}</Text>
      <Text className='ct-text ct-block ct-mt-xs'>{inv.countyName}</Text>
      {inv.note ? <Text className='ct-text ct-block ct-mt-xs'>{`备注：${inv.note}`}</Text> : null}
      <Text className='ct-muted ct-block ct-mt-xs'>{`有效期至 ${formatDateTime(inv.expiresAt)}`}</Text>
      {note ? (
        <View className='ap-notice' role='status'>
          <Text className='ct-text ct-block'>{note}</Text>
        </View>
      ) : null}
    </View>
  )
}
