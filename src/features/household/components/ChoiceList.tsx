import { Text, View } from '@tarojs/components'
import type { Choice } from '../hooks/useBindingFlow'

/** Big tappable choices — easier than a spinning picker for older hands. */
export default function ChoiceList({ items, onPick }: { items: Choice[]; onPick: (c: Choice) => void }) {
  return (
    <View className='hh-choices'>
      {items.map((c) => (
        <View key={c.id} className='hh-choice' role='button' onClick={() => onPick(c)}>
          <Text className='hh-choice__name'>{c.name}</Text>
          {c.note ? <Text className='hh-choice__note'>{c.note}</Text> : null}
        </View>
      ))}
    </View>
  )
}
