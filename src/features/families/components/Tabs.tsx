import { Text, View } from '@tarojs/components'

/** Two or three views of one list (the families, their ranking). */
export default function Tabs<K extends string>(props: { tabs: { key: K; text: string }[]; value: K; onChange: (k: K) => void }) {
  const { tabs, value, onChange } = props
  return (
    <View className='fm-tabs' role='tablist'>
      {tabs.map((t) => (
        <View
          key={t.key}
          role='tab'
          aria-selected={value === t.key}
          className={`fm-tab ${value === t.key ? 'fm-tab--on' : ''}`}
          onClick={() => onChange(t.key)}
        >
          <Text>{t.text}</Text>
        </View>
      ))}
    </View>
  )
}
