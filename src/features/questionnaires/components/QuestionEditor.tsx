import { Text, View } from '@tarojs/components'
import Choices from '../../../components/Choices'
import Field from '../../../components/Field'
import FieldError from '../../../components/FieldError'
import Button from '../../../components/nut/button'
import Input from '../../../components/nut/input'
import Switch from '../../../components/nut/switch'
import type { QuestionKind } from '../api/types'
import type { CreateForm, QuestionDraft } from '../hooks/useCreateForm'
import { KIND_LABELS, LIMITS } from '../hooks/rules'

const KINDS: QuestionKind[] = ['single', 'multiple', 'rating', 'text']
const KIND_HINTS: Record<QuestionKind, string> = {
  single: '从几个选项里选一个',
  multiple: '可以选好几个',
  rating: '从1分（很不满意）到5分（很满意）',
  text: `写几句话，最多${LIMITS.textMax}个字`,
}

/** One question being written: its kind, words, options, 必答 or not, and moving or removing it. */
export default function QuestionEditor({ f, q, index, count }: { f: CreateForm; q: QuestionDraft; index: number; count: number }) {
  const e = f.errors
  const at = `questions.${index}`
  const choice = q.kind === 'single' || q.kind === 'multiple'
  return (
    <View className={`ct-card qn-editor ${Object.keys(e).some((k) => k.startsWith(`${at}.`)) ? 'qn-question--error' : ''}`}>
      <View className='ct-spread'>
        <Text className='ct-title'>{`第 ${index + 1} 题`}</Text>
        <View className='qn-editor__moves'>
          <View className={`qn-mini ${index === 0 ? 'qn-mini--off' : ''}`} role='button' aria-label={`第${index + 1}题上移`} aria-disabled={index === 0} onClick={() => index > 0 && f.moveQuestion(q.key, -1)}>
            上移
          </View>
          <View className={`qn-mini ${index === count - 1 ? 'qn-mini--off' : ''}`} role='button' aria-label={`第${index + 1}题下移`} aria-disabled={index === count - 1} onClick={() => index < count - 1 && f.moveQuestion(q.key, 1)}>
            下移
          </View>
          <View className='qn-mini qn-mini--danger' role='button' aria-label={`删除第${index + 1}题`} onClick={() => f.removeQuestion(q.key)}>
            删除
          </View>
        </View>
      </View>
      <Field label='题型' hint={KIND_HINTS[q.kind]} error={e[`${at}.kind`]}>
        <Choices label={`第${index + 1}题的题型`} options={KINDS.map((k) => ({ value: k, text: KIND_LABELS[k] }))} value={q.kind} onChange={(k) => f.setKind(q.key, k)} />
      </Field>
      <Field label='题目' error={e[`${at}.title`]}>
        <View className={`ct-box ${e[`${at}.title`] ? 'ct-box--error' : ''}`}>
          <Input value={q.title} placeholder='例如：您对小区的环境卫生满意吗？' maxLength={LIMITS.questionTitleMax} aria-label={`第${index + 1}题的题目`} onChange={(v: string) => f.setTitle(q.key, v)} />
        </View>
      </Field>
      {choice ? (
        <Field label='选项' hint={`${LIMITS.optionsMin}到${LIMITS.optionsMax}个`} error={e[`${at}.options`]}>
          {q.options.map((o, j) => (
            <View key={j} className='qn-editor__option'>
              <View className='ct-row'>
                <View className={`ct-box ct-grow ${e[`${at}.options.${j}`] ? 'ct-box--error' : ''}`}>
                  <Input value={o} placeholder={`选项${j + 1}`} maxLength={LIMITS.optionMax} aria-label={`第${index + 1}题的选项${j + 1}`} onChange={(v: string) => f.setOption(q.key, j, v)} />
                </View>
                <View className='qn-mini qn-mini--danger qn-editor__remove' role='button' aria-label={`删除选项${j + 1}`} onClick={() => f.removeOption(q.key, j)}>
                  删除
                </View>
              </View>
              <FieldError message={e[`${at}.options.${j}`]} />
            </View>
          ))}
          {q.options.length < LIMITS.optionsMax ? (
            <Button className='ct-btn ct-mt-xs' type='default' size='small' onClick={() => f.addOption(q.key)}>
              ＋ 添加选项
            </Button>
          ) : null}
        </Field>
      ) : null}
      <View className='ct-spread qn-editor__required'>
        <Text className='ct-text'>必须回答</Text>
        <Switch checked={q.required} aria-label={`第${index + 1}题必须回答`} onChange={(v: boolean) => f.setRequired(q.key, v)} />
      </View>
    </View>
  )
}
