import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import BrokenLink from '../../../../components/BrokenLink'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { formatDate, formatWhen } from '../../../../lib/time'
import { getHistory } from '../../api/getHistory'
import type { Id, VersionHistory } from '../../api/types'
import '../convention.scss'

/** Opened without a convention id (a cut-off link), the page says so before asking the server anything. */
export function HistoryScreen({ conventionId }: { conventionId: Id | undefined }) {
  if (!conventionId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“文明公约”里打开一份公约，再查看它的历史版本。' />
      </Page>
    )
  }
  return <LoadedHistory conventionId={conventionId} />
}

function LoadedHistory({ conventionId }: { conventionId: Id }) {
  const history = useRemote<VersionHistory>(() => getHistory(conventionId), [conventionId])
  usePullRefresh(history.reload)
  return (
    <Page>
      <View className='cv-head'>
        {/* the title comes from the server, never from the link */}
        <Text className='ct-h1 ct-block'>{history.data?.title ?? '历史版本'}</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>每一次修订都留有记录</Text>
      </View>
      <RemoteView<VersionHistory>
        remote={history}
        rows={3}
        isEmpty={(h) => h.versions.length === 0}
        empty={{ title: '还没有发布过版本', hint: '发布后，这里会列出每一版和它的签署人数' }}
      >
        {(h) => (
          <View>
            {[...h.versions]
              .sort((a, b) => b.version - a.version)
              .map((v, i) => (
                <View key={v.id} className='ct-card'>
                  <View className='cv-version__head'>
                    <Text className='ct-title'>{`第 ${v.version} 版`}</Text>
                    {i === 0 ? <Text className='ct-tag ct-tag--blue'>现行版本</Text> : null}
                  </View>
                  <Text className='ct-text ct-block ct-mt-xs'>{v.title}</Text>
                  <Text className='ct-muted ct-block ct-mt-xs'>
                    {formatDate(v.publishedAt)}发布 · {v.signerCount} 人签署
                  </Text>
                  <View className='ct-mt-xs'>
                    {v.mySignedAt ? (
                      <Text className='ct-tag ct-tag--green'>{`您于${formatWhen(v.mySignedAt)}签署`}</Text>
                    ) : (
                      <Text className='ct-tag'>您未签署这一版</Text>
                    )}
                  </View>
                </View>
              ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function HistoryPage() {
  const { params } = useRouter()
  return <HistoryScreen conventionId={params.id} />
}
