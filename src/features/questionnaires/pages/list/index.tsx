import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useIsChild } from '../../../../hooks/useIsChild'
import { useShare } from '../../../../hooks/useShare'
import Page from '../../../../components/Page'
import RemoteView, { EmptyState } from '../../../../components/RemoteView'
import Tabs from '../../../../components/Tabs'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import QuestionnaireItem from '../../components/QuestionnaireItem'
import { useQuestionnaireList, type ListTab } from '../../hooks/useQuestionnaireList'
import type { QuestionnaireList } from '../../api/types'
import '../questionnaires.scss'

const TABS: { key: ListTab; text: string }[] = [
  { key: 'mine', text: '我来填写' },
  { key: 'manage', text: '我发起和管理的' },
]

export function ListScreen({ initialTab }: { initialTab?: ListTab }) {
  const l = useQuestionnaireList(initialTab)
  // a child (on their own WeChat or in child mode) is offered the 小手拉大手 questionnaires only
  const isChild = useIsChild() === true
  usePullRefresh(l.list.reload)
  // back from answering: the answered flag and counts have changed
  useReloadOnShow(l.list.reload)
  useShare(() => ({ title: '问卷调查：说说您对创建文明城市的看法', path: ROUTES.questionnaireList }))
  return (
    <Page>
      <View className='qn-head'>
        <Text className='ct-h1 ct-block'>{isChild ? '给小朋友的问卷' : '问卷调查'}</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>
          {isChild ? '每份问卷填一次，不用写名字。你的想法会送到社区，让我们的家更文明。' : '每份问卷每人填一次。您的意见会送到社区和县创文办，帮助改进工作。'}
        </Text>
      </View>
      {l.manages ? <Tabs tabs={TABS} value={l.tab} onChange={l.setTab} /> : null}
      <RemoteView<QuestionnaireList> remote={l.list} rows={3} isEmpty={() => false}>
        {(data) =>
          l.tab === 'manage' ? (
            <View>
              {data.mayCreate ? (
                <Button className='ct-btn qn-create' type='primary' size='large' onClick={() => go(ROUTES.questionnaireCreate)}>
                  发起问卷
                </Button>
              ) : null}
              {data.managed.length ? (
                data.managed.map((q) => <QuestionnaireItem key={q.id} q={q} forManager onOpen={() => go(withQuery(ROUTES.questionnaireResults, { id: q.id }))} />)
              ) : (
                <EmptyState title='还没有问卷' hint={data.mayCreate ? '点上面的“发起问卷”，问一问居民的意见。' : '县里或社区发起问卷后会出现在这里。'} />
              )}
            </View>
          ) : data.forMe.length ? (
            <View>
              {data.forMe.map((q) => (
                <QuestionnaireItem key={q.id} q={q} onOpen={() => go(withQuery(ROUTES.questionnaireAnswer, { id: q.id }))} />
              ))}
            </View>
          ) : (
            isChild ? (
              <EmptyState title='现在还没有给小朋友的问卷' hint='社区或县里发了给小朋友的问卷，就会出现在这里。' />
            ) : (
              <EmptyState title='眼下没有要填的问卷' hint='有新问卷时会出现在这里和首页上。绑定住户后，还能收到本社区、本楼栋的问卷。' />
            )
          )
        }
      </RemoteView>
    </Page>
  )
}

export default function ListPage() {
  const { params } = useRouter()
  return <ListScreen initialTab={params.tab === 'manage' ? 'manage' : 'mine'} />
}
