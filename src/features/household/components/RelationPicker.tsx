import { Text, View } from '@tarojs/components'
import { RELATION_LABELS } from '../../../lib/labels'
import type { Relation } from '../api/types'

const OPTIONS: { value: Relation; note: string }[] = [
  { value: 'owner', note: '房子登记在我名下' },
  { value: 'family', note: '和业主一起住的家人' },
  { value: 'tenant', note: '我租住在这里' },
]

export default function RelationPicker({ value, onChange }: { value?: Relation; onChange: (r: Relation) => void }) {
  return (
    <View className='hh-relations' role='radiogroup' aria-label='与这一户的关系'>
      {OPTIONS.map((o) => {
        const on = value === o.value
        return (
          <View
            key={o.value}
            className={`hh-relation ${on ? 'hh-relation--on' : ''}`}
            role='radio'
            aria-checked={on}
            onClick={() => onChange(o.value)}
          >
            <Text className='hh-relation__mark'>{on ? '●' : '○'}</Text>
            <View className='ct-grow'>
              <Text className='hh-relation__name'>{RELATION_LABELS[o.value]}</Text>
              <Text className='hh-relation__note'>{o.note}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
