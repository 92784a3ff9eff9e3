import { useSteps } from '../../../hooks/useSteps'
import { useRemote } from '../../../hooks/useRemote'
import { answerMatter } from '../api/answerMatter'
import { getMatter } from '../api/getMatter'
import { reportMatter } from '../api/reportMatter'
import { resolveMatter } from '../api/resolveMatter'
import type { Id, MatterStep, MatterView, ReportInput } from '../api/types'

/** The forms that slide up for a step. */
export type SheetKind = 'answer' | 'resolve' | 'report'

/**
 * One matter and the steps the caller may take — exactly the server's
 * `actions`. A step runs once at a time, says so in a short toast and reloads
 * the matter; a refused one (another captain was quicker) shows the server's
 * words and reloads too.
 */
export function useMatter(matterId: Id) {
  const detail = useRemote<MatterView>(() => getMatter(matterId), [matterId])
  const { run, ...steps } = useSteps<SheetKind, MatterStep>(detail.reload)
  return {
    detail,
    ...steps,
    answer: (text: string) => run('answer', () => answerMatter(matterId, text), '已回复居民'),
    resolve: (resolution: string) => run('resolve', () => resolveMatter(matterId, resolution), '已标记为解决'),
    report: (input: Omit<ReportInput, 'matterId'>) => run('report', () => reportMatter({ matterId, ...input }), '已转为随手拍'),
  }
}

export type MatterModel = ReturnType<typeof useMatter>
