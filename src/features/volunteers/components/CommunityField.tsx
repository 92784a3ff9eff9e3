import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import RemoteView from '../../../components/RemoteView'
import { PlaceChoices } from '../../../components/PlacePicker'
import type { PlaceChoice } from '../../../hooks/usePlacePicker'
import { useRemote } from '../../../hooks/useRemote'
import { listCommunities } from '../../../lib/api/places'

/**
 * The community or village a volunteer serves, chosen from the county's
 * list (big tappable cards, each with its area). Once chosen it shows as a
 * line with 更换; the list is loaded only when it is needed.
 */
export default function CommunityField(props: { value: { id: string; name: string }; onPick: (c: PlaceChoice) => void }) {
  const { value, onPick } = props
  const [choosing, setChoosing] = useState(!value.id)
  const open = choosing || !value.id
  const list = useRemote<PlaceChoice[]>(
    async () => (open ? (await listCommunities()).map((c) => ({ id: c.id, name: c.name, note: c.areaName })) : []),
    [open],
  )
  if (!open) {
    return (
      <View className='vo-picked'>
        <Text className='ct-text ct-grow'>{value.name}</Text>
        <View className='ct-link vo-picked__change' role='button' aria-label={`更换服务社区（现在是${value.name}）`} onClick={() => setChoosing(true)}>
          更换
        </View>
      </View>
    )
  }
  return (
    <RemoteView<PlaceChoice[]> remote={list} rows={2} empty={{ title: '还没有可以选择的社区', hint: '请联系社区工作人员' }}>
      {(items) => (
        <PlaceChoices
          items={items}
          onPick={(c) => {
            onPick(c)
            setChoosing(false)
          }}
        />
      )}
    </RemoteView>
  )
}
