import HistoryCard, { historyStep } from '../../../components/HistoryCard'
import type { TimelineStep } from '../../../components/Timeline'
import { useRemote } from '../../../hooks/useRemote'
import { getHistory } from '../api/getHistory'
import type { GoodPersonHistoryEntry, GoodPersonView } from '../api/types'

/**
 * Which text a step left the nomination with: the version an agreement
 * covers, and a revision that is no longer the text that was agreed to (the
 * hashes differ) — what a reviewer should know before approving.
 */
export function historyDetail(e: GoodPersonHistoryEntry, agreed: GoodPersonHistoryEntry | null): string | null {
  switch (e.type) {
    case 'consent_given':
      return `同意的是第${e.version}版内容`
    case 'submitted':
      return `第${e.version}版内容`
    case 'revised':
      return agreed && agreed.contentHash !== e.contentHash ? `第${e.version}版内容，和同意公开时的第${agreed.version}版不一样` : `第${e.version}版内容`
    default:
      return null
  }
}

/** The server's steps (oldest first) as the timeline shows them: newest on top. */
export function historySteps(entries: GoodPersonHistoryEntry[]): TimelineStep[] {
  let agreed: GoodPersonHistoryEntry | null = null
  const steps = entries.map((e) => {
    if (e.type === 'consent_given') agreed = e
    return historyStep(e, historyDetail(e, agreed))
  })
  return steps.reverse()
}

/** 推荐经过: who nominated, agreed, revised, reviewed, awarded or took it down, and when — only to whom the server allows (`seesHistory`). */
export default function NominationHistory({ p }: { p: GoodPersonView }) {
  // Every step changes the status or the titles: reload when they change.
  const history = useRemote(() => getHistory(p.id), [p.id, p.status, p.titles.length])
  return <HistoryCard remote={history} steps={historySteps} />
}
