import HistoryCard, { historyStep, textNumbers } from '../../../components/HistoryCard'
import type { TimelineStep } from '../../../components/Timeline'
import { useRemote } from '../../../hooks/useRemote'
import { getHistory } from '../api/getHistory'
import type { GoodPersonHistoryEntry, GoodPersonView } from '../api/types'

/**
 * Which text a step left the nomination with: the version an agreement
 * covers, and a revision that is no longer the text that was agreed to (the
 * hashes differ) — what a reviewer should know before approving.
 */
export function historyDetail(e: GoodPersonHistoryEntry, text: number, agreed: { entry: GoodPersonHistoryEntry; text: number } | null): string | null {
  switch (e.type) {
    case 'consent_given':
      return `同意的是第${text}版内容`
    case 'submitted':
      return `第${text}版内容`
    case 'revised':
      return agreed && agreed.entry.contentHash !== e.contentHash ? `第${text}版内容，和同意公开时的第${agreed.text}版不一样` : `第${text}版内容`
    default:
      return null
  }
}

/** The server's steps (oldest first) as the timeline shows them: newest on top. */
export function historySteps(entries: GoodPersonHistoryEntry[]): TimelineStep[] {
  const texts = textNumbers(entries)
  let agreed: { entry: GoodPersonHistoryEntry; text: number } | null = null
  const steps = entries.map((e, i) => {
    if (e.type === 'consent_given') agreed = { entry: e, text: texts[i] }
    return historyStep(e, historyDetail(e, texts[i], agreed))
  })
  return steps.reverse()
}

/** 推荐经过: who nominated, agreed, revised, reviewed, awarded or took it down, and when — only to whom the server allows (`seesHistory`). */
export default function NominationHistory({ p }: { p: GoodPersonView }) {
  // Every step changes the status or the titles: reload when they change.
  const history = useRemote(() => getHistory(p.id), [p.id, p.status, p.titles.length])
  return <HistoryCard remote={history} steps={historySteps} />
}
