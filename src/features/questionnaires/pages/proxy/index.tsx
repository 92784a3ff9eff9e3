import { Text, View } from '@tarojs/components'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import ListItem from '../../../../components/ListItem'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { formatDate } from '../../../../lib/time'
import type { ProxyList, QuestionnaireView } from '../../api/types'
import AnswerCard from '../../components/AnswerCard'
import Progress from '../../components/Progress'
import { useProxyForm, type ProxyForm } from '../../hooks/useProxyForm'
import '../questionnaires.scss'

function Count({ f }: { f: ProxyForm }) {
  return (
    <View className='qn-notice' role='status'>
      <Text className='ct-text ct-block'>{`今天已代填 ${f.enteredToday} 份（每天最多 ${f.dailyCap} 份）`}</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>请把题目念给居民听，按居民自己的意思选。代填的问卷和居民自己填的分开统计。</Text>
    </View>
  )
}

function Pick({ list, f }: { list: QuestionnaireView[]; f: ProxyForm }) {
  return (
    <View>
      <Text className='ct-section-title'>选一份问卷</Text>
      {list.map((q) => (
        <ListItem key={q.id} title={q.title} note={`${q.audienceType === 'county' ? '全县' : q.audienceName} · ${formatDate(q.closesAt)}截止 · ${q.questionCount}道题`} onClick={() => f.choose(q.id)} />
      ))}
    </View>
  )
}

function Entry({ data, q, f }: { data: ProxyList; q: QuestionnaireView; f: ProxyForm }) {
  return (
    <View>
      <View className='qn-head'>
        <Text className='ct-h1 ct-block'>{q.title}</Text>
        {data.questionnaires.length > 1 ? (
          <View className='ct-link ct-mt-xs' role='link' onClick={() => f.choose('')}>
            换一份问卷
          </View>
        ) : null}
      </View>
      <Count f={f} />
      <View className='ct-card'>
        <Field label='这位居民住在哪个社区？' hint={f.fixedCommunity ? '这份问卷只问本社区的居民' : '问一下居民，选他住的社区'} error={f.errors.communityId}>
          <Choices
            label='居民住的社区'
            options={data.communities.filter((c) => !f.fixedCommunity || c.id === f.community).map((c) => ({ value: c.id, text: c.name }))}
            value={f.community}
            onChange={f.chooseCommunity}
          />
        </Field>
      </View>
      <View className='qn-sticky'>
        <Progress done={f.progress.done} total={f.progress.total} />
      </View>
      {q.questions.map((question, i) => (
        <AnswerCard
          key={question.id}
          index={i}
          total={q.questions.length}
          question={question}
          value={f.answers[question.id]}
          error={f.errors[question.id]}
          onChange={(v) => f.setAnswer(question.id, v)}
          onToggle={(option) => f.toggle(question.id, option)}
        />
      ))}
      {f.submitError && !f.submitError.details?.length ? (
        <View className='qn-notice qn-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{f.submitError.message}</Text>
        </View>
      ) : null}
      <Button className='ct-btn ct-mt' type='primary' size='large' loading={f.submitting} onClick={() => void f.submit()}>
        提交这一份
      </Button>
      <Text className='ct-muted ct-block ct-mt'>提交后表格会清空，可以接着问下一位居民。</Text>
    </View>
  )
}

/** 代填: a volunteer enters passers-by's answers on their own phone, one after another. */
export function ProxyScreen() {
  const f = useProxyForm()
  return (
    <Page>
      <RemoteView<ProxyList>
        remote={f.list}
        rows={3}
        isEmpty={(d) => d.questionnaires.length === 0}
        empty={{ title: '现在没有可以代填的问卷', hint: '全县或社区发布问卷后，志愿者可以在路口、广场帮居民代填。' }}
      >
        {(data) => (f.questionnaire ? <Entry data={data} q={f.questionnaire} f={f} /> : <Pick list={data.questionnaires} f={f} />)}
      </RemoteView>
    </Page>
  )
}

export default function ProxyPage() {
  return <ProxyScreen />
}
