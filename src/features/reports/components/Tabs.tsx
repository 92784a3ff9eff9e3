import { Text, View } from '@tarojs/components'

/** Filter tabs over a list. */
export default function Tabs<K extends string>(props: { tabs: { key: K; text: string }[]; value: K; onChange: (k: K) => void }) {
  const { tabs, value, onChange } = props
  return (
    <View className='rp-tabs' role='tablist'>
      {tabs.map((t) => (
        <View
          key={t.key}
          role='tab'
          aria-selected={value === t.key}
          className={`rp-tab ${value === t.key ? 'rp-tab--on' : ''}`}
          onClick={() => onChange(t.key)}
        >
          <Text>{t.text}</Text>
        </View>
      ))}
    </View>
  )
}
