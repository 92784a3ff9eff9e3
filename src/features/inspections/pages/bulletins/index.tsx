import { View } from '@tarojs/components'
import ListItem from '../../../../components/ListItem'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useRemote } from '../../../../hooks/useRemote'
import { go, ROUTES, withQuery } from '../../../../lib/routes'
import { getBulletins } from '../../api/bulletins'
import type { BulletinSummary } from '../../api/types'
import { dayText, rateText } from '../../words'
import '../../inspections.scss'

/** 督查通报: every published round, newest first — anyone in the county reads them. */
export default function BulletinsPage() {
  const list = useRemote(getBulletins)
  usePullRefresh(list.reload)
  return (
    <Page>
      <RemoteView<BulletinSummary[]> remote={list} rows={3} empty={{ title: '还没有督查通报', hint: '县创文办每轮暗访后会在这里公布各点位的得分和排名。' }}>
        {(rows) => (
          <View>
            {rows.map((b) => (
              <ListItem
                key={b.roundId}
                title={b.title}
                note={`${b.kindLabel} · ${dayText(b.publishedAt)}通报 · ${b.sitesInspected}个点位，平均得分率${rateText(b.averageRate)}`}
                onClick={() => go(withQuery(ROUTES.bulletin, { id: b.roundId }))}
              />
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}
