import { Text, View } from '@tarojs/components'
import TextArea from '../../../components/nut/textarea'
import { STORY_MAX, STORY_MIN, charCount, storyCounter } from '../hooks/rules'

/** The story, with a live count that says how many more characters it needs (at least 50). */
export default function StoryField(props: { value: string; onChange: (v: string) => void; error?: string; placeholder?: string }) {
  const { value, onChange, error, placeholder } = props
  const long = charCount(value) >= STORY_MIN
  return (
    <View>
      <View className={`ct-box gp-textarea ${error ? 'ct-box--error' : ''}`}>
        <TextArea
          value={value}
          placeholder={placeholder ?? '写一写他（她）做了什么好事：什么时间、在哪里、帮助了谁、大家怎么说'}
          maxLength={STORY_MAX}
          aria-label={`事迹，至少${STORY_MIN}个字`}
          onChange={onChange}
        />
      </View>
      <Text className={`ct-muted gp-counter ${long ? 'gp-counter--ok' : 'gp-counter--short'}`} aria-live='polite'>
        {storyCounter(value)}
      </Text>
    </View>
  )
}
