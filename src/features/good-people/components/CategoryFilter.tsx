import { View } from '@tarojs/components'
import type { Category } from '../api/types'

/** 身边好人's filter: 全部 and one chip per category, in a row that scrolls sideways. */
export default function CategoryFilter(props: { list: Category[]; value: string; onChange: (key: string) => void }) {
  const { list, value, onChange } = props
  const options = [{ key: '', name: '全部' }, ...list]
  return (
    <View className='gp-filter' role='radiogroup' aria-label='按类别看'>
      {options.map((c) => (
        <View
          key={c.key || 'all'}
          className={`gp-chip ${value === c.key ? 'gp-chip--on' : ''}`}
          role='radio'
          aria-checked={value === c.key}
          onClick={() => onChange(c.key)}
        >
          {c.name}
        </View>
      ))}
    </View>
  )
}
