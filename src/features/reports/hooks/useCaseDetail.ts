import { useSteps } from '../../../hooks/useSteps'
import { useRemote } from '../../../hooks/useRemote'
import { acceptReport } from '../api/acceptReport'
import { assignReport, type AssignInput } from '../api/assignReport'
import { confirmFix } from '../api/confirmFix'
import { disputeFix } from '../api/disputeFix'
import { escalateReport } from '../api/escalateReport'
import { fixReport } from '../api/fixReport'
import { getDetail } from '../api/getDetail'
import { markDuplicate } from '../api/markDuplicate'
import { meToo } from '../api/meToo'
import { rateReport } from '../api/rateReport'
import { rejectReport } from '../api/rejectReport'
import { returnReport } from '../api/returnReport'
import { startWork } from '../api/startWork'
import type { CaseAction, Id, ReportDetail } from '../api/types'

/** The forms that slide up for a step that needs more than a tap. */
export type SheetKind = 'reject' | 'duplicate' | 'assign' | 'return' | 'dispute'

/**
 * One case and the steps the caller may take on it. Every step runs one at a
 * time, says so in a short toast, and reloads the case (its status, timeline and
 * the buttons the server now offers). A refused step shows the server's words and
 * reloads too: someone else may have moved the case meanwhile.
 */
export function useCaseDetail(reportId: Id) {
  const detail = useRemote<ReportDetail>(() => getDetail(reportId), [reportId])
  const { run, ...steps } = useSteps<SheetKind, CaseAction>(detail.reload)

  const id = reportId
  return {
    detail,
    ...steps,
    accept: () => run('accept', () => acceptReport(id), '已受理'),
    assign: (input: Omit<AssignInput, 'reportId'>) => run('assign', () => assignReport({ reportId: id, ...input }), '已派单'),
    reject: (reason: string) => run('reject', () => rejectReport(id, reason), '已不予受理'),
    markDuplicate: (duplicateOf: Id) => run('markDuplicate', () => markDuplicate(id, duplicateOf), '已标记重复'),
    start: () => run('start', () => startWork(id), '已开始处理'),
    fix: (note: string, photos: string[]) => run('fix', () => fixReport(id, note, photos), '已提交整改结果'),
    returnCase: (reason: string) => run('return', () => returnReport(id, reason), '已退回社区'),
    confirm: () => run('confirm', () => confirmFix(id), '已确认整改'),
    dispute: (reason: string, photos: string[]) => run('dispute', () => disputeFix(id, reason, photos), '已提交异议'),
    rate: (rating: number, comment?: string) => run('rate', () => rateReport(id, rating, comment), '谢谢您的评价'),
    escalate: () => run('escalate', () => escalateReport(id), '已督办'),
    meToo: () => run('meToo', () => meToo(id), '已记下'),
  }
}

export type CaseDetailModel = ReturnType<typeof useCaseDetail>
