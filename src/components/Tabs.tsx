import { Text, View } from '@tarojs/components'
import './Tabs.scss'

/** Filter tabs over a list: two or three views of it, one on at a time. */
export default function Tabs<K extends string>(props: { tabs: { key: K; text: string }[]; value: K; onChange: (k: K) => void }) {
  const { tabs, value, onChange } = props
  return (
    <View className='ct-tabs' role='tablist'>
      {tabs.map((t) => (
        <View
          key={t.key}
          role='tab'
          aria-selected={value === t.key}
          className={`ct-tab ${value === t.key ? 'ct-tab--on' : ''}`}
          onClick={() => onChange(t.key)}
        >
          <Text>{t.text}</Text>
        </View>
      ))}
    </View>
  )
}
