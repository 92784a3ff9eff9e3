import { Text, View } from '@tarojs/components'
import { formatDate } from '../../../lib/time'
import type { QuestionnaireCard } from '../api/types'
import { STATE_LABELS } from '../hooks/rules'

const STATE_TONE = { open: 'ct-tag--blue', upcoming: '', closed: '' } as const

/** A questionnaire in a list: title, who it is for, its state (and 已填写), when it closes, how many took part. */
export default function QuestionnaireItem({ q, onOpen, forManager }: { q: QuestionnaireCard; onOpen: () => void; forManager?: boolean }) {
  const when = q.state === 'upcoming' ? `${formatDate(q.opensAt)}开始` : q.state === 'open' ? `${formatDate(q.closesAt)}截止` : `${formatDate(q.closesAt)}已截止`
  const todo = !forManager && q.state === 'open' && q.inAudience && !q.answered
  return (
    <View className={`ct-card ct-card--tap qn-item ${todo ? 'qn-item--todo' : ''}`} role='button' onClick={onOpen}>
      <View className='qn-item__head'>
        <Text className='ct-title qn-item__title'>{q.title}</Text>
        {!forManager && q.answered ? <Text className='ct-tag ct-tag--green'>已填写</Text> : <Text className={`ct-tag ${STATE_TONE[q.state]}`}>{STATE_LABELS[q.state]}</Text>}
      </View>
      <View className='qn-item__tags'>
        <Text className='ct-tag ct-tag--red'>{q.audienceType === 'county' ? '全县' : q.audienceName}</Text>
        {q.forChildren ? <Text className='ct-tag ct-tag--blue'>小手拉大手</Text> : null}
        <Text className='ct-tag'>{q.anonymous ? '不记名' : '记名'}</Text>
        <Text className='ct-tag'>{`${q.questionCount}道题`}</Text>
      </View>
      <View className='qn-item__foot'>
        <Text className='ct-muted'>{`${when} · 已有${q.answerCount}人参与`}</Text>
        <Text className='qn-item__go'>{forManager ? '看结果 ›' : todo ? '去填写 ›' : '查看 ›'}</Text>
      </View>
    </View>
  )
}
