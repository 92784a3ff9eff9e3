import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'

/**
 * How many people liked the story, and 点赞 — once: afterwards the button
 * gives way to 已点赞, which is not a button at all.
 */
export default function SupportButton(props: {
  supports: number
  supported: boolean
  busy: boolean
  /** only approved stories can be supported; otherwise just the count */
  canSupport: boolean
  onSupport: () => void
  name: string
}) {
  const { supports, supported, busy, canSupport, onSupport, name } = props
  return (
    <View className='gp-support'>
      <Text className='gp-support__count' aria-live='polite'>
        <Text className='gp-support__count-num'>{supports}</Text>
        <Text>人点赞</Text>
      </Text>
      {supported ? (
        <View className='gp-supported'>
          <Text className='gp-supported__mark' aria-hidden='true'>
            ♥
          </Text>
          <Text>已点赞</Text>
        </View>
      ) : canSupport ? (
        <Button
          className='gp-support__btn'
          type='primary'
          loading={busy}
          aria-label={`为${name}点赞`}
          onClick={() => {
            if (!busy) onSupport()
          }}
        >
          点赞
        </Button>
      ) : null}
    </View>
  )
}
