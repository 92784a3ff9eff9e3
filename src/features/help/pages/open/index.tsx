import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Tabs from '../../../../components/Tabs'
import { phonePosition } from '../../../../hooks/usePlace'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { useRemote, type Remote } from '../../../../hooks/useRemote'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { getOpen } from '../../api/getOpen'
import type { HelpRequestView } from '../../api/types'
import { distanceText, summary } from '../../words'
import '../../help.scss'

type Order = 'newest' | 'nearest'

function OpenCard({ r }: { r: HelpRequestView }) {
  return (
    <View className='ct-card' role='button' onClick={() => go(withQuery(ROUTES.helpDetail, { id: r.id }))}>
      <View className='ct-row'>
        <Text className='ct-title ct-grow'>{r.kindLabel}</Text>
        <Text className='hp-points'>{`${r.points}积分`}</Text>
      </View>
      {r.details ? <Text className='ct-text ct-block ct-mt-xs'>{r.details}</Text> : null}
      <Text className='ct-muted ct-block ct-mt-xs'>{summary(r)}</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>{`${r.communityName} · ${r.requesterName}${r.distance !== null ? ` · 离您${distanceText(r.distance)}` : ''}`}</Text>
    </View>
  )
}

export function OpenScreen({ remote, order, onOrder, note }: { remote: Remote<HelpRequestView[]>; order: Order; onOrder: (o: Order) => void; note?: string }) {
  return (
    <Page>
      <View className='ct-card'>
        <Text className='ct-h1 ct-block'>互助大厅</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>邻居们需要的帮忙。接单后按约定时间去，帮完双方确认，积分到账，时长记入您的互助时长。</Text>
      </View>
      <Tabs tabs={[{ key: 'newest', text: '最新发布' }, { key: 'nearest', text: '离我最近' }]} value={order} onChange={onOrder} />
      {note ? (
        <View className='ct-card' role='status'>
          <Text className='ct-text'>{note}</Text>
        </View>
      ) : null}
      <RemoteView<HelpRequestView[]>
        remote={remote}
        rows={3}
        isEmpty={(list) => list.length === 0}
        empty={{ title: '现在没有等人帮忙的需求', hint: '过一会儿再来看看；有需要时，您也可以发布自己的需求。', actionText: '我也要请人帮忙', onAction: () => go(ROUTES.helpPost) }}
      >
        {(list) => (
          <View>
            {list.map((r) => (
              <OpenCard key={r.id} r={r} />
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function OpenRequestsPage() {
  const [order, setOrder] = useState<Order>('newest')
  const [near, setNear] = useState<{ latitude: number; longitude: number } | undefined>(undefined)
  const [note, setNote] = useState<string | undefined>(undefined)
  const remote = useRemote(() => getOpen(order === 'nearest' ? near : undefined), [order, near])
  useReloadOnShow(remote.reload)
  usePullRefresh(remote.reload)
  const choose = async (o: Order) => {
    setNote(undefined)
    if (o === 'nearest' && !near) {
      try {
        setNear(await phonePosition())
      } catch {
        setNote('没能获取您的位置，先按最新发布排列。')
        return
      }
    }
    setOrder(o)
  }
  return <OpenScreen remote={remote} order={order} onOrder={(o) => void choose(o)} note={note} />
}
