import { Text, View } from '@tarojs/components'
import type { DemoPerson } from '../../../lib/cloud'

/** One demo person: their name is the button. */
export default function PersonCard({ person, onPick, disabled }: { person: DemoPerson; onPick: () => void; disabled?: boolean }) {
  return (
    <View
      className='ct-card ct-card--tap auth-person'
      role='button'
      onClick={() => {
        if (!disabled) onPick()
      }}
    >
      <View className='auth-person__head'>
        <Text className='auth-person__avatar'>{person.name.slice(0, 1)}</Text>
        <View className='ct-grow'>
          <Text className='ct-title ct-block'>{person.name}</Text>
          <Text className='ct-tag ct-tag--red auth-person__role'>{person.roleLabel}</Text>
        </View>
        <Text className='ct-chevron'>›</Text>
      </View>
      {person.description ? <Text className='ct-muted ct-block auth-person__desc'>{person.description}</Text> : null}
    </View>
  )
}
