import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import BrokenLink from '../../../../components/BrokenLink'
import Figure from '../../../../components/Figure'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go } from '../../../../lib/routes'
import { formatDate } from '../../../../lib/time'
import BarChart from '../../components/BarChart'
import Refused, { isRefusal } from '../../components/Refused'
import TextAnswers from '../../components/TextAnswers'
import { useResults } from '../../hooks/useResults'
import { KIND_LABELS, RATING_WORDS, STATE_LABELS, percent } from '../../hooks/rules'
import type { QuestionnaireResults, QuestionResult } from '../../api/types'
import '../questionnaires.scss'

function QuestionChart({ questionnaireId, q, index }: { questionnaireId: string; q: QuestionResult; index: number }) {
  return (
    <View className='ct-card qn-result'>
      <Text className='ct-muted ct-block'>{`第 ${index + 1} 题 · ${KIND_LABELS[q.kind]}${q.required ? '' : ' · 选答'}`}</Text>
      <Text className='ct-title ct-block qn-question__title'>{q.title}</Text>
      <Text className='ct-muted ct-block qn-result__answered'>{`${q.answered} 人作答${q.kind === 'multiple' ? '（可多选，百分比按作答人数算）' : ''}`}</Text>
      {q.kind === 'single' || q.kind === 'multiple' ? (
        <BarChart bars={q.options.map((o) => ({ label: o.text, count: o.count, percent: percent(o.count, q.answered) }))} />
      ) : q.kind === 'rating' && q.rating ? (
        <View>
          {q.rating.average === null ? (
            <Text className='ct-muted ct-block qn-average'>还没有人打分</Text>
          ) : (
            <View className='qn-average'>
              <Text className='qn-average__label'>平均</Text>
              <Text className='qn-average__value'>{q.rating.average.toFixed(1)}</Text>
              <Text className='qn-average__unit'>分（满分5分）</Text>
            </View>
          )}
          <BarChart
            bars={q.rating.counts
              .map((count, i) => ({ label: `${i + 1}分 ${RATING_WORDS[i]}`, count, percent: percent(count, q.answered) }))
              .reverse()}
          />
        </View>
      ) : (
        // a new answer count brings the newest answers
        <TextAnswers key={`${q.id}-${q.answered}`} questionnaireId={questionnaireId} questionId={q.id} />
      )}
    </View>
  )
}

export function ResultsScreen({ id }: { id?: string }) {
  if (!id) return <BrokenLink />
  return <Results id={id} />
}

function Results({ id }: { id: string }) {
  const r = useResults(id)
  usePullRefresh(r.results.reload)
  useReloadOnShow(r.results.reload)
  if (r.results.status === 'error' && r.results.error && isRefusal(r.results.error)) {
    return (
      <Page>
        <Refused error={r.results.error} title='您看不了这份问卷的结果' onAction={() => go(ROUTES.questionnaireList)} />
      </Page>
    )
  }
  return (
    <Page>
      <RemoteView<QuestionnaireResults> remote={r.results} rows={3} isEmpty={() => false}>
        {(res) => {
          const q = res.questionnaire
          return (
            <View>
              <View className='qn-head'>
                <Text className='ct-h1 ct-block'>{q.title}</Text>
                <View className='qn-item__tags'>
                  <Text className='ct-tag ct-tag--red'>{q.audienceType === 'county' ? '全县' : q.audienceName}</Text>
                  <Text className='ct-tag'>{q.anonymous ? '不记名' : '记名'}</Text>
                  <Text className={`ct-tag ${q.state === 'open' ? 'ct-tag--blue' : ''}`}>{STATE_LABELS[q.state]}</Text>
                </View>
                <Text className='ct-muted ct-block ct-mt-xs'>{`${formatDate(q.opensAt)} 至 ${formatDate(q.closesAt)}`}</Text>
              </View>
              <View className='ct-card qn-figures'>
                <Figure value={res.answerCount} label='份答卷' />
                <Figure value={res.questions.length} label='道题' />
              </View>
              {res.proxyCount > 0 ? (
                <Text className='ct-muted ct-block qn-proxy-count'>{`其中居民自己填 ${res.selfCount} 份，志愿者代填 ${res.proxyCount} 份`}</Text>
              ) : null}
              {res.waiting > 0 ? (
                <View className='qn-waiting'>
                  <Text className='ct-block'>{`还有 ${res.waiting} 份答卷稍后计入`}</Text>
                  <Text className='ct-muted ct-block'>不记名的答卷攒够几份后一起统计，这样谁也对不上哪份是谁填的</Text>
                </View>
              ) : null}
              <Button className='ct-btn qn-export' type='primary' fill='outline' loading={r.exporting} onClick={() => void r.exportCsv()}>
                导出全部答卷（Excel 可打开）
              </Button>
              {res.questions.map((question, i) => (
                <QuestionChart key={question.id} questionnaireId={q.id} q={question} index={i} />
              ))}
            </View>
          )
        }}
      </RemoteView>
    </Page>
  )
}

export default function ResultsPage() {
  const { params } = useRouter()
  return <ResultsScreen id={params.id} />
}
