import { Text, View } from '@tarojs/components'
import type { Category } from '../api/types'

/** 推荐类别 in the form: each category with the line that says who belongs in it. */
export default function CategoryPicker(props: { list: Category[]; value: string; onChange: (key: string) => void }) {
  const { list, value, onChange } = props
  return (
    <View role='radiogroup' aria-label='推荐类别'>
      {list.map((c) => {
        const on = c.key === value
        return (
          <View
            key={c.key}
            className={`gp-option ${on ? 'gp-option--on' : ''}`}
            role='radio'
            aria-checked={on}
            onClick={() => onChange(c.key)}
          >
            <View className='gp-radio' aria-hidden='true' />
            <View className='ct-grow'>
              <Text className='gp-option__name ct-block'>{c.name}</Text>
              <Text className='ct-muted ct-block'>{c.hint}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
