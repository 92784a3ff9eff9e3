import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import CaseCard from '../../components/CaseCard'
import Tabs from '../../../../components/Tabs'
import { staffQueue } from '../../api/staffQueue'
import type { CaseSummary, StaffFilter } from '../../api/types'
import '../reports.scss'
import './index.scss'

const TABS: { key: StaffFilter; text: string }[] = [
  { key: 'waiting', text: '待处理' },
  { key: 'assigned', text: '已派单' },
  { key: 'done', text: '已办结' },
]

const EMPTY: Record<StaffFilter, { title: string; hint: string }> = {
  waiting: { title: '都处理完了，没有待受理的问题', hint: '居民的随手拍会出现在这里，下拉可以刷新' },
  assigned: { title: '没有正在办理的问题', hint: '派给责任单位的问题会在这里跟进，超期的标红' },
  done: { title: '还没有办结的问题', hint: '整改完成、不予受理和重复的问题都会留在这里备查' },
}

export function StaffScreen() {
  const [tab, setTab] = useState<StaffFilter>('waiting')
  const queue = useRemote<CaseSummary[]>(() => staffQueue(tab), [tab])
  usePullRefresh(queue.reload)
  useReloadOnShow(queue.reload)
  return (
    <Page>
      <View className='rp-head'>
        <Text className='ct-h1 ct-block'>案件受理</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>受理居民反映的问题，派给责任单位，并跟进到办结。</Text>
      </View>
      <Tabs tabs={TABS} value={tab} onChange={setTab} />
      <RemoteView<CaseSummary[]> remote={queue} rows={3} empty={EMPTY[tab]}>
        {(list) => (
          <View>
            {list.map((c) => (
              <CaseCard key={c.id} c={c} onOpen={() => go(withQuery(ROUTES.reportDetail, { id: c.id }))} />
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function StaffPage() {
  return <StaffScreen />
}
