import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import RequestCard from '../../components/RequestCard'
import RejectSheet from '../../components/RejectSheet'
import { useCaptainQueue } from '../../hooks/useCaptainQueue'
import type { QueueItem, QueueStatus } from '../../api/types'
import './index.scss'

const TABS: { key: QueueStatus; text: string }[] = [
  { key: 'pending', text: '待处理' },
  { key: 'decided', text: '已处理' },
]

export function QueueScreen() {
  const q = useCaptainQueue()
  usePullRefresh(q.queue.reload)
  return (
    <Page>
      <View className='cq-tabs' role='tablist'>
        {TABS.map((t) => (
          <View
            key={t.key}
            role='tab'
            aria-selected={q.tab === t.key}
            className={`cq-tab ${q.tab === t.key ? 'cq-tab--on' : ''}`}
            onClick={() => q.setTab(t.key)}
          >
            <Text>{t.text}</Text>
          </View>
        ))}
      </View>
      <RemoteView<QueueItem[]>
        remote={q.queue}
        rows={3}
        empty={
          q.tab === 'pending'
            ? { title: '都处理完了，没有待处理的申请', hint: '住户提交绑定申请后会出现在这里，下拉可以刷新' }
            : { title: '还没有处理过申请', hint: '同意或拒绝的申请会留在这里备查' }
        }
      >
        {(items) => (
          <View>
            {items.map((it) => (
              <RequestCard
                key={it.requestId}
                item={it}
                busy={q.busy}
                onApprove={() => void q.approve(it)}
                onReject={() => q.askReject(it)}
              />
            ))}
          </View>
        )}
      </RemoteView>
      {q.rejecting ? (
        <RejectSheet item={q.rejecting} busy={q.busy} onCancel={q.cancelReject} onConfirm={(r) => void q.confirmReject(r)} />
      ) : null}
    </Page>
  )
}

export default function QueuePage() {
  return <QueueScreen />
}
