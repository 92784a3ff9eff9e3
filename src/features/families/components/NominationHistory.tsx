import HistoryCard, { historyStep, textNumbers } from '../../../components/HistoryCard'
import type { TimelineStep } from '../../../components/Timeline'
import { useRemote } from '../../../hooks/useRemote'
import { getHistory } from '../api/getHistory'
import type { NominationHistoryEntry, NominationView } from '../api/types'

/** Which text a step left the nomination with: what a guardian's consent covers, and whether the child's name shows. */
export function historyDetail(e: NominationHistoryEntry, childs: boolean, text: number): string | null {
  switch (e.type) {
    case 'consent_given':
      return `同意的是第${text}版内容${childs ? `，孩子的名字${e.childNameShown ? '公开' : '不公开'}` : ''}`
    case 'submitted':
    case 'revised':
      return `第${text}版内容`
    default:
      return null
  }
}

/** The server's steps (oldest first) as the timeline shows them: newest on top. */
export function historySteps(entries: NominationHistoryEntry[], childs: boolean): TimelineStep[] {
  const texts = textNumbers(entries)
  return entries.map((e, i) => historyStep(e, historyDetail(e, childs, texts[i]))).reverse()
}

/** 推荐经过: who submitted, consented, revised, reviewed or withdrew, and when — shown only to whom the server allows (`seesHistory`). */
export default function NominationHistory({ v }: { v: NominationView }) {
  // Every step changes the status: a new status is a new step to show.
  const history = useRemote(() => getHistory(v.id), [v.id, v.status])
  const childs = v.nominatedAs === '由孩子推荐'
  return <HistoryCard remote={history} steps={(entries) => historySteps(entries, childs)} />
}
