import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { useRemote, type Remote } from '../../../../hooks/useRemote'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { getDisputes } from '../../api/getDisputes'
import type { HelpRequestView } from '../../api/types'
import { summary } from '../../words'
import '../../help.scss'

export function DisputesScreen({ remote }: { remote: Remote<HelpRequestView[]> }) {
  return (
    <Page>
      <RemoteView<HelpRequestView[]>
        remote={remote}
        rows={3}
        isEmpty={(list) => list.length === 0}
        empty={{ title: '现在没有要处理的互助争议', hint: '求助的人和帮忙的人说法不一致时，会出现在这里，也会在消息里告诉您。', actionText: '回首页', onAction: () => go(ROUTES.home) }}
      >
        {(list) => (
          <View>
            {list.map((r) => (
              <View key={r.id} className='ct-card' role='button' onClick={() => go(withQuery(ROUTES.helpDetail, { id: r.id }))}>
                <Text className='ct-title ct-block'>{`${r.kindLabel} · ${r.points}积分`}</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>{summary(r)}</Text>
                <Text className='ct-text ct-block ct-mt-xs'>{`争议：${r.disputeReason ?? ''}`}</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>{`求助的人：${r.requesterName} · 帮忙的人：${r.helperName ?? ''}`}</Text>
              </View>
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function DisputesPage() {
  const remote = useRemote(getDisputes)
  useReloadOnShow(remote.reload)
  usePullRefresh(remote.reload)
  return <DisputesScreen remote={remote} />
}
