import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import Input from '../../../components/nut/input'
import { MAX_SKILLS, SKILL_MAX, SUGGESTED_SKILLS } from '../hooks/rules'
import '../../../components/Choices.scss'

/**
 * Skills as chips: tap one of the usual ones to add or remove it, or type
 * another and add it. Up to ten; the ones chosen show first.
 */
export default function SkillPicker(props: {
  skills: string[]
  typed: string
  error?: string
  onToggle: (s: string) => void
  onType: (v: string) => void
  onAdd: () => void
}) {
  const { skills, typed, error, onToggle, onType, onAdd } = props
  const own = skills.filter((s) => !SUGGESTED_SKILLS.includes(s))
  const options = [...own, ...SUGGESTED_SKILLS]
  return (
    <View>
      <View className='ct-chips' role='group' aria-label='特长'>
        {options.map((s) => {
          const on = skills.includes(s)
          return (
            <View
              key={s}
              className={`ct-chip ${on ? 'ct-chip--on' : ''}`}
              role='checkbox'
              aria-checked={on}
              onClick={() => onToggle(s)}
            >
              {on ? `✓ ${s}` : s}
            </View>
          )
        })}
      </View>
      <View className='vo-skill-add ct-mt'>
        <View className={`ct-box ct-grow ${error ? 'ct-box--error' : ''}`}>
          <Input
            value={typed}
            placeholder='其他特长，例如：理发'
            maxLength={SKILL_MAX}
            aria-label='其他特长'
            onChange={(v: string) => onType(v)}
          />
        </View>
        <Button className='vo-skill-add__btn' type='default' onClick={onAdd}>
          添加
        </Button>
      </View>
      <View role='status'>
        <Text className='ct-muted ct-block ct-mt-xs'>{`已选 ${skills.length} 项，最多 ${MAX_SKILLS} 项`}</Text>
      </View>
    </View>
  )
}
