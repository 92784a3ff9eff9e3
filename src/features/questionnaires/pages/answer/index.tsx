import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useShare } from '../../../../hooks/useShare'
import { useEffect } from 'react'
import BrokenLink from '../../../../components/BrokenLink'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { formatDate } from '../../../../lib/time'
import AnswerCard from '../../components/AnswerCard'
import Progress from '../../components/Progress'
import Refused, { isRefusal } from '../../components/Refused'
import ThankYou from '../../components/ThankYou'
import { useAnswerForm, type AnswerForm } from '../../hooks/useAnswerForm'
import type { QuestionnaireView } from '../../api/types'
import '../questionnaires.scss'

function Head({ q }: { q: QuestionnaireView }) {
  return (
    <View className='qn-head'>
      <Text className='ct-h1 ct-block'>{q.title}</Text>
      {q.intro ? <Text className='ct-text ct-block ct-mt-xs qn-intro'>{q.intro}</Text> : null}
      <View className='qn-item__tags'>
        <Text className='ct-tag ct-tag--red'>{q.audienceType === 'county' ? '全县' : q.audienceName}</Text>
        <Text className='ct-tag'>{q.anonymous ? '不记名' : '记名'}</Text>
        <Text className='ct-tag'>{`${formatDate(q.closesAt)}截止`}</Text>
      </View>
    </View>
  )
}

/** 小手拉大手 questionnaires are answered by children: they are spoken to as 你. */
function youFor(q: QuestionnaireView): '你' | '您' {
  return q.forChildren ? '你' : '您'
}

/** Why this person cannot answer now, and what they can do instead. */
function NotNow({ q }: { q: QuestionnaireView }) {
  const you = youFor(q)
  const text =
    q.state === 'upcoming'
      ? `这份问卷${formatDate(q.opensAt)}开始填写，到时候再来吧。`
      : q.state === 'closed'
        ? `这份问卷已经截止了，感谢${you}的关注。`
        : `这份问卷不是发给${you}的，这里只是看一看题目。`
  return (
    <View className='qn-notice' role='status'>
      <Text className='ct-text ct-block'>{text}</Text>
      {q.manages ? (
        <View className='ct-link ct-mt-xs' role='link' onClick={() => go(withQuery(ROUTES.questionnaireResults, { id: q.id }))}>
          看填写结果
        </View>
      ) : null}
    </View>
  )
}

function Form({ f, q }: { f: AnswerForm; q: QuestionnaireView }) {
  const canAnswer = q.state === 'open' && q.inAudience
  return (
    <View>
      <Head q={q} />
      {canAnswer ? (
        <View className='qn-sticky'>
          <Progress done={f.progress.done} total={f.progress.total} />
        </View>
      ) : (
        <NotNow q={q} />
      )}
      {q.questions.map((question, i) => (
        <AnswerCard
          key={question.id}
          index={i}
          total={q.questions.length}
          question={question}
          child={q.forChildren}
          value={f.answers[question.id]}
          error={f.errors[question.id]}
          disabled={!canAnswer}
          onChange={(v) => f.setAnswer(question.id, v)}
          onToggle={(option) => f.toggle(question.id, option)}
        />
      ))}
      {canAnswer ? (
        <>
          {f.errorCount > 0 ? (
            <View className='qn-notice qn-notice--alert' role='alert'>
              <Text className='ct-text ct-block'>{`还有 ${f.errorCount} 道题没答好，请看上面标红的地方。`}</Text>
            </View>
          ) : null}
          {f.submitError && !f.submitError.details?.length ? (
            <View className='qn-notice qn-notice--alert' role='alert'>
              <Text className='ct-text ct-block'>{f.submitError.message}</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>{`${youFor(q)}填的答案都还在，可以直接再点“提交问卷”。`}</Text>
            </View>
          ) : null}
          <Button className='ct-btn ct-mt' type='primary' size='large' loading={f.submitting} onClick={() => void f.submit()}>
            提交问卷
          </Button>
          <Text className='ct-muted ct-block ct-mt'>没填完也没关系：答案会先存在手机上，下次打开接着填。每人只能提交一次。</Text>
        </>
      ) : null}
    </View>
  )
}

export function AnswerScreen({ id }: { id?: string }) {
  if (!id) return <BrokenLink />
  return <Answer id={id} />
}

function Answer({ id }: { id: string }) {
  const f = useAnswerForm(id)
  const title = f.questionnaire.data?.title
  useShare(() => ({ title: title ? `请您填写：${title}` : '问卷调查', path: withQuery(ROUTES.questionnaireAnswer, { id }) }))
  useEffect(() => {
    // the thanks replace a long form: show them from the top
    if (f.done) Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined)
  }, [f.done])
  if (f.questionnaire.status === 'error' && f.questionnaire.error && isRefusal(f.questionnaire.error)) {
    return (
      <Page>
        <Refused error={f.questionnaire.error} title='这份问卷不用您填写' onAction={() => go(ROUTES.questionnaireList)} />
      </Page>
    )
  }
  return (
    <Page>
      <RemoteView<QuestionnaireView> remote={f.questionnaire} rows={3} isEmpty={() => false}>
        {(q) =>
          f.done && q.inAudience ? (
            <ThankYou
              already={f.done === 'already'}
              anonymous={q.anonymous}
              child={q.forChildren}
              title={q.title}
              onHome={() => go(ROUTES.home)}
              onList={() => {
                const url = ROUTES.questionnaireList
                void Taro.redirectTo({ url }).catch(() => go(url))
              }}
            />
          ) : (
            <Form f={f} q={q} />
          )
        }
      </RemoteView>
    </Page>
  )
}

export default function AnswerPage() {
  const { params } = useRouter()
  return <AnswerScreen id={params.id} />
}
