import { Text, View } from '@tarojs/components'
import RemoteView from '../../../components/RemoteView'
import Timeline, { type TimelineStep } from '../../../components/Timeline'
import { useRemote } from '../../../hooks/useRemote'
import { getHistory } from '../api/getHistory'
import type { NominationHistoryEntry, NominationView } from '../api/types'

/** Which text a step left the nomination with: what a guardian's consent covers, and whether the child's name shows. */
export function historyDetail(e: NominationHistoryEntry, childs: boolean): string | null {
  switch (e.type) {
    case 'consent_given':
      return `同意的是第${e.version}版内容${childs ? `，孩子的名字${e.childNameShown ? '公开' : '不公开'}` : ''}`
    case 'submitted':
    case 'revised':
      return `第${e.version}版内容`
    default:
      return null
  }
}

/** The server's steps (oldest first) as the timeline shows them: newest on top. */
export function historySteps(entries: NominationHistoryEntry[], childs: boolean): TimelineStep[] {
  return [...entries].reverse().map((e) => {
    const detail = historyDetail(e, childs)
    return {
      key: e.version,
      label: e.label,
      at: e.at,
      by: e.by,
      note: e.note,
      detail: detail ? <Text className='ct-text ct-block'>{detail}</Text> : null,
    }
  })
}

/** 推荐经过: who submitted, consented, revised, reviewed or withdrew, and when — shown only to whom the server allows (`seesHistory`). */
export default function NominationHistory({ v }: { v: NominationView }) {
  // Every step changes the status: a new status is a new step to show.
  const history = useRemote(() => getHistory(v.id), [v.id, v.status])
  const childs = v.nominatedAs === '由孩子推荐'
  return (
    <View>
      <Text className='ct-section-title'>推荐经过</Text>
      <View className='ct-card'>
        <RemoteView<NominationHistoryEntry[]>
          remote={history}
          rows={2}
          empty={{ title: '还没有记录', hint: '这条推荐提交得早，那时的经过没有记下来；以后的每一步都会记在这里' }}
        >
          {(entries) => <Timeline steps={historySteps(entries, childs)} label='推荐经过' />}
        </RemoteView>
      </View>
    </View>
  )
}
