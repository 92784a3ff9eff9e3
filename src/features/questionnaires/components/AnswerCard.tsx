import { Text, View } from '@tarojs/components'
import FieldError from '../../../components/FieldError'
import TextArea from '../../../components/nut/textarea'
import type { AnswerInput, QuestionView } from '../api/types'
import { KIND_LABELS, LIMITS } from '../hooks/rules'
import OptionList from './OptionList'
import RatingPicker from './RatingPicker'

/** One question on its own card: number, words, 必答 or 选答, and the answer in the form its kind needs. */
export default function AnswerCard(props: {
  index: number
  total: number
  question: QuestionView
  value: AnswerInput | undefined
  error?: string
  disabled?: boolean
  /** A 小手拉大手 questionnaire: a child answers, spoken to as 你. */
  child?: boolean
  onChange: (value: AnswerInput) => void
  onToggle: (option: number) => void
}) {
  const { index, total, question: q, value, error, disabled, child, onChange, onToggle } = props
  const label = `第${index + 1}题：${q.title}`
  return (
    <View className={`ct-card qn-question ${error ? 'qn-question--error' : ''}`} id={`qa-${q.id}`}>
      <View className='qn-question__meta'>
        <Text className='ct-muted'>{`第 ${index + 1} 题 / 共 ${total} 题 · ${KIND_LABELS[q.kind]}${q.kind === 'multiple' ? '（可多选）' : ''}`}</Text>
        {q.required ? <Text className='qn-required'>必答</Text> : <Text className='ct-tag'>选答</Text>}
      </View>
      <Text className='ct-title ct-block qn-question__title'>
        {q.required ? (
          <Text className='qn-required-mark' aria-label='必答'>
            *{' '}
          </Text>
        ) : null}
        {q.title}
      </Text>
      {q.kind === 'single' || q.kind === 'multiple' ? (
        <OptionList
          label={label}
          options={q.options}
          multiple={q.kind === 'multiple'}
          value={value as number | number[] | undefined}
          disabled={disabled}
          onPick={(i) => (q.kind === 'multiple' ? onToggle(i) : onChange(i))}
        />
      ) : q.kind === 'rating' ? (
        <RatingPicker label={label} value={typeof value === 'number' ? value : undefined} disabled={disabled} onChange={onChange} />
      ) : (
        <View className={`ct-box qn-textarea ${error ? 'ct-box--error' : ''}`}>
          <TextArea
            value={typeof value === 'string' ? value : ''}
            placeholder={q.required ? (child ? '写下你的想法' : '请写下您的想法') : '可以不填；有想说的请写在这里'}
            maxLength={LIMITS.textMax}
            showCount
            disabled={disabled}
            aria-label={label}
            onChange={(v: string) => onChange(v)}
          />
        </View>
      )}
      <FieldError message={error} />
    </View>
  )
}
