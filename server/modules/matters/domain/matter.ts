/**
 * A building matter (问题不下楼): something a resident asks their building's
 * captain to sort out inside the building. Pure rules, no database.
 *
 *   open ──answer──▶ answered
 *    │                  │
 *    ├──resolve─────────┴──▶ resolved   (done inside the building)
 *    └──report──────────┴──▶ reported   (turned into a 随手拍 case for a department)
 *
 * resolved and reported are final: every further step is refused.
 */

export const MATTER_KINDS = ['waste', 'clutter', 'noise', 'dispute', 'other'] as const;
export type MatterKind = (typeof MATTER_KINDS)[number];

export const MATTER_STATUSES = ['open', 'answered', 'resolved', 'reported'] as const;
export type MatterStatus = (typeof MATTER_STATUSES)[number];

export type MatterStep = 'answer' | 'resolve' | 'report';

/** Not settled yet: the captain (or community staff) still has to resolve it or turn it into a 随手拍. */
export const UNSETTLED_STATUSES: readonly MatterStatus[] = ['open', 'answered'];

export const KIND_LABELS: Record<MatterKind, string> = {
  waste: '垃圾堆放',
  clutter: '楼道杂物',
  noise: '噪音扰民',
  dispute: '邻里纠纷',
  other: '其他',
};

export const STATUS_LABELS: Record<MatterStatus, string> = {
  open: '待处理',
  answered: '已回复',
  resolved: '已解决',
  reported: '已转随手拍',
};

/**
 * Where each step may start. A matter is answered once (two captains replying
 * at once must not both reach the resident); it may be resolved or reported
 * while open or answered; resolved and reported are final.
 */
export const STEP_FROM: Record<MatterStep, readonly MatterStatus[]> = {
  answer: ['open'],
  resolve: ['open', 'answered'],
  report: ['open', 'answered'],
};

/** The steps possible now, in the order the captain sees them. */
export function stepsFrom(status: MatterStatus): MatterStep[] {
  return (['answer', 'resolve', 'report'] as const).filter((step) => STEP_FROM[step].includes(status));
}

/** Why a step is refused on a matter in this status, or null when it may go ahead. */
export function stepRefusal(status: MatterStatus, step: MatterStep): string | null {
  if (STEP_FROM[step].includes(status)) return null;
  if (status === 'resolved') return '这件事已经解决了，不能再处理';
  if (status === 'reported') return '这件事已经转成随手拍，请在随手拍里跟进';
  return '这件事已经回复过了，可以标记解决或转为随手拍';
}

/** The line that starts a report made from a matter, so the department knows where it came from. */
export function reportPrefix(role: 'captain' | 'staff'): string {
  return role === 'captain' ? '【楼长转办】' : '【社区转办】';
}
