import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import BrokenLink from '../../../../components/BrokenLink'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import { useRemote } from '../../../../hooks/useRemote'
import { formatWhen } from '../../../../lib/time'
import { getHistory } from '../../api/getHistory'
import type { Id, RevisionView } from '../../api/types'
import '../notices.scss'

const ACTION_TEXT: Record<RevisionView['action'], string> = { posted: '发布', edited: '修改', withdrawn: '撤回' }
const ACTION_TONE: Record<RevisionView['action'], string> = { posted: 'ct-tag--green', edited: 'ct-tag--blue', withdrawn: '' }

function Revision({ v }: { v: RevisionView }) {
  return (
    <View className='ct-card nt-revision'>
      <View className='ct-spread'>
        <Text className='ct-title'>{`第 ${v.version} 版`}</Text>
        <Text className={`ct-tag ${ACTION_TONE[v.action]}`}>{ACTION_TEXT[v.action]}</Text>
      </View>
      <Text className='ct-muted ct-block ct-mt-xs'>{`${v.by} · ${formatWhen(v.at)}`}</Text>
      {v.action === 'withdrawn' ? (
        <Text className='ct-text ct-block ct-mt'>{`撤回时的标题：${v.title}`}</Text>
      ) : (
        <>
          <Text className='ct-text ct-block ct-mt nt-revision__title'>{v.title}</Text>
          <Text className='ct-text ct-block nt-body'>{v.body}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>{`${v.pinned ? '置顶 · ' : ''}截止 ${formatWhen(v.endsAt)}`}</Text>
        </>
      )}
    </View>
  )
}

function LoadedHistory({ noticeId }: { noticeId: Id }) {
  const history = useRemote<RevisionView[]>(() => getHistory(noticeId), [noticeId])
  return (
    <Page>
      <View className='nt-head'>
        <Text className='ct-h1 ct-block'>修改记录</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>这条通知每一次发布、修改和撤回，谁做的、什么时候、当时写的什么，都在这里。</Text>
      </View>
      <RemoteView<RevisionView[]> remote={history} rows={2} empty={{ title: '还没有记录' }}>
        {(list) => (
          <View>
            {[...list].reverse().map((v) => (
              <Revision key={v.version} v={v} />
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export function HistoryScreen({ noticeId }: { noticeId: Id | undefined }) {
  if (!noticeId) {
    return (
      <Page>
        <BrokenLink hint='请回到“我的 → 楼栋通知管理”重新进入。' />
      </Page>
    )
  }
  return <LoadedHistory noticeId={noticeId} />
}

export default function HistoryPage() {
  const { params } = useRouter()
  return <HistoryScreen noticeId={params.id} />
}
