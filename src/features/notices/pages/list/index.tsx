import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import RemoteView, { ErrorState, LoadingRows } from '../../../../components/RemoteView'
import Tabs from '../../../../components/Tabs'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import BindPrompt from '../../components/BindPrompt'
import NoticeCard from '../../components/NoticeCard'
import { NOTICE_TABS, useMyNotices, type MyNotices } from '../../hooks/useMyNotices'
import type { NoticeView } from '../../api/types'
import '../notices.scss'

function Notices({ l }: { l: MyNotices }) {
  return (
    <>
      <Tabs tabs={NOTICE_TABS} value={l.tab} onChange={l.setTab} />
      <RemoteView<NoticeView[]>
        remote={l.notices}
        rows={3}
        empty={
          l.tab === 'current'
            ? { title: '眼下没有楼栋通知', hint: '楼长或社区发通知后，会出现在这里，也会在“消息”里告诉您。过期的通知在“已归档”里。' }
            : { title: '还没有归档的通知', hint: '通知过了截止日期，就会移到这里。' }
        }
      >
        {(list) => (
          <View>
            {list.map((n) => (
              <NoticeCard key={n.id} n={n} onOpen={() => go(withQuery(ROUTES.noticeDetail, { id: n.id }))} />
            ))}
          </View>
        )}
      </RemoteView>
    </>
  )
}

export function ListScreen({ initialTab }: { initialTab?: string }) {
  const l = useMyNotices(initialTab)
  usePullRefresh(l.reload)
  // back from a notice: it is read now
  useReloadOnShow(l.reload)
  return (
    <Page>
      <View className='nt-head'>
        <Text className='ct-h1 ct-block'>楼栋通知</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>
          {l.homeLabel ? `${l.homeLabel} · ${l.unread > 0 ? `${l.unread} 条未读` : '都看过了'}` : '楼长和社区发给您家这栋楼的通知'}
        </Text>
      </View>
      {l.me.status === 'loading' && !l.me.data ? (
        <LoadingRows rows={2} />
      ) : l.me.status === 'error' && !l.me.data ? (
        <ErrorState message={l.me.error?.message ?? '出了点问题，请稍后重试'} onRetry={() => void l.me.reload()} />
      ) : l.bound ? (
        <Notices l={l} />
      ) : (
        <BindPrompt />
      )}
    </Page>
  )
}

export default function ListPage() {
  const { params } = useRouter()
  return <ListScreen initialTab={params.tab} />
}
