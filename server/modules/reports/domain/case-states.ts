/**
 * The states of a 随手拍 case. Who may move a case from where to where is in
 * transition.ts (TRANSITIONS and the list at its top); in short:
 *
 *   submitted → accepted | rejected | duplicate
 *   accepted  → assigned | rejected | duplicate
 *   assigned  → in_progress | fixed | accepted ("not ours": back to staff, unassigned)
 *   in_progress → fixed | accepted ("not ours")
 *   fixed     → confirmed | disputed (reporter, within 7×24 h) | closed (system, after 7×24 h)
 *   disputed  → reopened → assigned …
 *   confirmed → closed
 *   rejected, duplicate, closed: ends.
 *
 * `overdue` is not a state: it is derived from the deadline (isOverdue).
 * `escalated` (督办) and `rating` are not states either: flags that events set.
 */
export const CASE_STATUSES = [
  'submitted',
  'accepted',
  'rejected',
  'duplicate',
  'assigned',
  'in_progress',
  'fixed',
  'confirmed',
  'disputed',
  'reopened',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** No workflow step leaves these (a closed case may still be rated). */
export const TERMINAL_STATUSES: readonly CaseStatus[] = ['rejected', 'duplicate', 'closed'];

/** A department is responsible and a deadline runs: these always carry departmentId and deadline. */
export const ASSIGNED_STATUSES: readonly CaseStatus[] = ['assigned', 'in_progress', 'fixed', 'confirmed', 'disputed'];

/** Waiting for the department to act: the only states in which a case can be overdue. */
export const WORKING_STATUSES: readonly CaseStatus[] = ['assigned', 'in_progress'];

/** Open = still needs someone to act (the public list shows these as 办理中). */
export const OPEN_STATUSES: readonly CaseStatus[] = ['submitted', 'accepted', 'assigned', 'in_progress', 'disputed', 'reopened'];

/**
 * What 案件受理 lists under each filter. `waiting` (the default) needs staff
 * now: review, assign, reassign after a return or a dispute — the workbench's
 * 待受理 counts the same states.
 */
export const STAFF_FILTERS: Record<'waiting' | 'assigned' | 'done', readonly CaseStatus[]> = {
  waiting: ['submitted', 'accepted', 'reopened', 'disputed'],
  assigned: ['assigned', 'in_progress', 'fixed'],
  done: ['confirmed', 'closed', 'rejected', 'duplicate'],
};

/** What people read (timeline, lists). */
export const STATUS_LABELS: Record<CaseStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  rejected: '不予受理',
  duplicate: '重复问题',
  assigned: '已派单',
  in_progress: '处理中',
  fixed: '已整改',
  confirmed: '已确认',
  disputed: '有异议',
  reopened: '重新办理',
  closed: '已办结',
};

/** "这个问题___，…" — the phrase a refusal uses to say where the case stands. */
export const STATUS_PHRASES: Record<CaseStatus, string> = {
  submitted: '还在等待受理',
  accepted: '已受理、还没有派单',
  rejected: '已经不予受理',
  duplicate: '已经被标记为重复问题',
  assigned: '已派单、还没有开始处理',
  in_progress: '正在处理中',
  fixed: '已经整改、等待反映人确认',
  confirmed: '已经确认整改',
  disputed: '反映人对整改有异议',
  reopened: '已重新打开、等待重新派单',
  closed: '已经办结',
};

export function isTerminal(status: CaseStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}
