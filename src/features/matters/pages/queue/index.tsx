import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Tabs from '../../../../components/Tabs'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { useRemote } from '../../../../hooks/useRemote'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { getQueue } from '../../api/getQueue'
import type { MatterStatus, MatterView } from '../../api/types'
import MatterCard from '../../components/MatterCard'
import '../matters.scss'

type Tab = 'open' | 'answered' | 'done'

const IN_TAB: Record<Tab, MatterStatus[]> = { open: ['open'], answered: ['answered'], done: ['resolved', 'reported'] }

const EMPTY: Record<Tab, { title: string; hint: string }> = {
  open: { title: '没有等您处理的事', hint: '居民找楼长的事会出现在这里，也会在“消息”里提醒您。下拉可以刷新。' },
  answered: { title: '没有回复了还没办结的事', hint: '回复过的事，解决了记得标记一下，居民会收到。' },
  done: { title: '还没有办结的事', hint: '解决了的、转成随手拍的事都会留在这里备查。' },
}

export function QueueScreen() {
  const [tab, setTab] = useState<Tab>('open')
  const queue = useRemote<MatterView[]>(getQueue)
  usePullRefresh(queue.reload)
  // back from a matter: it may have moved to another tab
  useReloadOnShow(queue.reload)
  const count = (t: Tab) => (queue.data ?? []).filter((m) => IN_TAB[t].includes(m.status)).length
  const label = (t: Tab, text: string) => (queue.data ? `${text}（${count(t)}）` : text)
  const tabs: { key: Tab; text: string }[] = [
    { key: 'open', text: label('open', '待处理') },
    { key: 'answered', text: label('answered', '已回复') },
    { key: 'done', text: label('done', '已办结') },
  ]
  return (
    <Page>
      <View className='mt-head'>
        <Text className='ct-h1 ct-block'>楼栋事务</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>居民找楼长的事：回复、解决，要部门来办的转为随手拍。问题不下楼，矛盾不出院。</Text>
      </View>
      <Tabs tabs={tabs} value={tab} onChange={setTab} />
      <RemoteView<MatterView[]> remote={queue} rows={3} isEmpty={(list) => list.every((m) => !IN_TAB[tab].includes(m.status))} empty={EMPTY[tab]}>
        {(list) => (
          <View>
            {list
              .filter((m) => IN_TAB[tab].includes(m.status))
              .map((m) => (
                <MatterCard key={m.id} m={m} onOpen={() => go(withQuery(ROUTES.matterDetail, { id: m.id }))} />
              ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function QueuePage() {
  return <QueueScreen />
}
