import { Text, View } from '@tarojs/components'
import RemoteView from './RemoteView'
import Timeline, { type TimelineStep } from './Timeline'
import type { Remote } from '../hooks/useRemote'

/** A recorded step as the server answers it, for any nomination's history. */
export interface HistoryEntry {
  version: number
  label: string
  at: string
  by: string
  note?: string | null
}

/**
 * Which text each step (oldest first) left the nomination with, counted as a
 * person counts versions of a text: 1 for the first, one more each time what
 * it says changes. A step's own `version` counts every step (a consent is
 * one), so it cannot say "第几版内容".
 */
export function textNumbers(entries: readonly { contentHash: string }[]): number[] {
  let n = 0
  return entries.map((e, i) => (i === 0 || e.contentHash !== entries[i - 1].contentHash ? ++n : n))
}

/** One step for the timeline, with the line a feature adds under it (which version, what was agreed). */
export function historyStep(e: HistoryEntry, detail: string | null): TimelineStep {
  return { key: e.version, label: e.label, at: e.at, by: e.by, note: e.note, detail: detail ? <Text className='ct-text ct-block'>{detail}</Text> : null }
}

/** 推荐经过: a nomination's recorded steps, newest on top; shown only to whom the server allows. */
export default function HistoryCard<E>({ remote, steps }: { remote: Remote<E[]>; steps: (entries: E[]) => TimelineStep[] }) {
  return (
    <View>
      <Text className='ct-section-title'>推荐经过</Text>
      <View className='ct-card'>
        <RemoteView<E[]> remote={remote} rows={2} empty={{ title: '还没有记录', hint: '这条推荐提交得早，那时的经过没有记下来；以后的每一步都会记在这里' }}>
          {(entries) => <Timeline steps={steps(entries)} label='推荐经过' />}
        </RemoteView>
      </View>
    </View>
  )
}
