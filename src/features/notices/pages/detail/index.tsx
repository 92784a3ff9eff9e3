import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import BrokenLink from '../../../../components/BrokenLink'
import Page from '../../../../components/Page'
import RemoteView, { EmptyState } from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { ROUTES, go } from '../../../../lib/routes'
import BindPrompt from '../../components/BindPrompt'
import NoticeBody from '../../components/NoticeBody'
import { useNotice, type NoticeModel } from '../../hooks/useNotice'
import type { Id, NoticeView } from '../../api/types'
import '../notices.scss'

export const ACK_HINT = '点“收到”，楼长就知道您家已经知道这件事了。'

function AckBar({ n, m }: { n: NoticeView; m: NoticeModel }) {
  return (
    <View className='ct-card'>
      {n.acknowledged ? (
        <View className='nt-acked' role='status'>
          <Text className='nt-acked__text'>✓ 已确认收到</Text>
        </View>
      ) : (
        <Button className='ct-btn' type='primary' size='large' loading={m.acknowledging} onClick={() => void m.acknowledge()}>
          收到
        </Button>
      )}
      <Text className='ct-muted ct-block ct-mt-xs nt-center'>{n.acknowledged ? '楼长已经知道您家收到了这条通知。' : ACK_HINT}</Text>
    </View>
  )
}

/** Why a notice cannot be opened, when the server says so: no home, or not (any more) for this household. */
function Refused({ m }: { m: NoticeModel }) {
  const code = m.notice.error?.code
  if (code === 'FORBIDDEN') return <BindPrompt />
  return (
    <EmptyState
      title='这条通知看不到了'
      hint='它可能已被撤回，或者不是发给您家所在单元的。去“楼栋通知”看看发给您家的通知吧。'
      actionText='看看楼栋通知'
      onAction={() => go(ROUTES.noticeList)}
    />
  )
}

function LoadedDetail({ noticeId }: { noticeId: Id }) {
  const m = useNotice(noticeId)
  usePullRefresh(m.notice.reload)
  const refused = m.notice.status === 'error' && (m.notice.error?.code === 'FORBIDDEN' || m.notice.error?.code === 'NOT_FOUND')
  return (
    <Page>
      {refused ? (
        <Refused m={m} />
      ) : (
        <RemoteView<NoticeView> remote={m.notice} rows={3} isEmpty={() => false}>
          {(n) => (
            <View>
              <NoticeBody n={n} />
              <AckBar n={n} m={m} />
              <View className='ct-links'>
                <View className='ct-link' role='link' onClick={() => go(ROUTES.noticeList)}>
                  全部楼栋通知
                </View>
              </View>
            </View>
          )}
        </RemoteView>
      )}
    </Page>
  )
}

/** Opened without an id (a cut-off link), the page says so before asking the server anything. */
export function DetailScreen({ noticeId }: { noticeId: Id | undefined }) {
  if (!noticeId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“楼栋通知”重新进入。' />
      </Page>
    )
  }
  return <LoadedDetail noticeId={noticeId} />
}

export default function DetailPage() {
  const { params } = useRouter()
  return <DetailScreen noticeId={params.id} />
}
