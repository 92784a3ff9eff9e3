import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import ConventionCard from '../../components/ConventionCard'
import { listConventions } from '../../api/listConventions'
import type { ConventionSummary } from '../../api/types'
import '../convention.scss'

export function ConventionListScreen({ list }: { list: ReturnType<typeof useConventionList> }) {
  return (
    <Page>
      <View className='cv-head'>
        <Text className='ct-h1 ct-block'>文明公约</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>读一读，签一签，做文明市民</Text>
      </View>
      <RemoteView<ConventionSummary[]>
        remote={list}
        rows={2}
        empty={{
          title: '暂时还没有公约',
          hint: '绑定住户后，这里会出现您所在小区的居民公约',
          actionText: '去绑定住户',
          onAction: () => go(ROUTES.household),
        }}
      >
        {(items) => (
          <View>
            {items.map((c) => (
              <ConventionCard key={c.id} c={c} onOpen={() => go(withQuery(ROUTES.conventionDetail, { id: c.id }))} />
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export function useConventionList() {
  return useRemote<ConventionSummary[]>(listConventions)
}

export default function ConventionListPage() {
  const list = useConventionList()
  const shown = useRef(false)
  usePullRefresh(list.reload)
  useDidShow(() => {
    // back from signing: the states and counts changed
    if (shown.current) void list.reload()
    shown.current = true
  })
  return <ConventionListScreen list={list} />
}
