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
import { handlerQueue } from '../../api/handlerQueue'
import type { CaseSummary, HandlerFilter } from '../../api/types'
import '../reports.scss'
import './index.scss'

const TABS: { key: HandlerFilter; text: string }[] = [
  { key: 'open', text: '待办理' },
  { key: 'done', text: '已办结' },
]

/** Soonest deadline first; overdue ones are the soonest of all. Cases without a deadline last. */
export function byDeadline(list: CaseSummary[]): CaseSummary[] {
  const t = (c: CaseSummary) => (c.deadline ? Date.parse(c.deadline) : Number.POSITIVE_INFINITY)
  return [...list].sort((a, b) => t(a) - t(b))
}

export function HandlerScreen() {
  const [tab, setTab] = useState<HandlerFilter>('open')
  const queue = useRemote<CaseSummary[]>(() => handlerQueue(tab), [tab])
  usePullRefresh(queue.reload)
  useReloadOnShow(queue.reload)
  const late = (queue.data ?? []).filter((c) => c.overdue).length
  return (
    <Page>
      <View className='rp-head'>
        <Text className='ct-h1 ct-block'>我的工单</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>派给本单位的问题，按办理期限排列。</Text>
        {tab === 'open' && late > 0 ? <View role='status'><Text className='ct-block rp-late ct-mt-xs'>{`${late} 件已超期，请尽快办理`}</Text></View> : null}
      </View>
      <Tabs tabs={TABS} value={tab} onChange={setTab} />
      <RemoteView<CaseSummary[]>
        remote={queue}
        rows={3}
        empty={
          tab === 'open'
            ? { title: '没有待办理的工单', hint: '社区派单后会出现在这里，下拉可以刷新' }
            : { title: '还没有办结的工单', hint: '提交整改结果后，工单会留在这里' }
        }
      >
        {(list) => (
          <View>
            {(tab === 'open' ? byDeadline(list) : list).map((c) => (
              <CaseCard key={c.id} c={c} onOpen={() => go(withQuery(ROUTES.reportDetail, { id: c.id }))} />
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function HandlerPage() {
  return <HandlerScreen />
}
