/** Events and actors for the reports domain tests (not a test file itself). */
import type { CaseActor, CaseEvent } from '../../../../server/modules/reports/domain/case-events';
import { replay } from '../../../../server/modules/reports/domain/transition';

export const T0 = Date.parse('2025-03-03T01:00:00.000Z');
/** The ISO instant `n` hours after T0. */
export const h = (n: number): string => new Date(T0 + n * 3600_000).toISOString();
export const at = (n: number): Date => new Date(T0 + n * 3600_000);

export const reporter: CaseActor = { kind: 'resident', userId: 'u-reporter' };
export const neighbour: CaseActor = { kind: 'resident', userId: 'u-neighbour' };
export const staff: CaseActor = { kind: 'staff', userId: 'u-staff' };
export const admin: CaseActor = { kind: 'admin', userId: 'u-admin' };
export const system: CaseActor = { kind: 'system' };
export const roads: CaseActor = { kind: 'handler', userId: 'u-roads', departmentId: 'd-roads' };
export const parks: CaseActor = { kind: 'handler', userId: 'u-parks', departmentId: 'd-parks' };

export const ev = {
  submitted: (t: number, actor = reporter): CaseEvent => ({ type: 'submitted', at: h(t), actor }),
  accepted: (t: number, actor = staff): CaseEvent => ({ type: 'accepted', at: h(t), actor }),
  rejected: (t: number, reason = '不在本县范围', actor = staff): CaseEvent => ({ type: 'rejected', at: h(t), actor, reason }),
  duplicate: (t: number, duplicateOf = 'case-1', actor = staff): CaseEvent => ({ type: 'marked_duplicate', at: h(t), actor, duplicateOf }),
  assigned: (t: number, departmentId = 'd-roads', deadlineHour = t + 48, actor = staff): CaseEvent => ({
    type: 'assigned',
    at: h(t),
    actor,
    departmentId,
    deadline: h(deadlineHour),
    routed: null,
  }),
  started: (t: number, actor = roads): CaseEvent => ({ type: 'started', at: h(t), actor }),
  fixed: (t: number, actor = roads): CaseEvent => ({ type: 'fixed', at: h(t), actor, photoIds: ['after-1'], note: '已修补路面' }),
  returned: (t: number, actor = roads): CaseEvent => ({ type: 'returned', at: h(t), actor, reason: '这段路归交通局管' }),
  confirmed: (t: number, actor = reporter): CaseEvent => ({ type: 'confirmed', at: h(t), actor }),
  disputed: (t: number, actor = reporter): CaseEvent => ({ type: 'disputed', at: h(t), actor, reason: '坑还在' }),
  reopened: (t: number, actor = system): CaseEvent => ({ type: 'reopened', at: h(t), actor }),
  closed: (t: number, actor: CaseActor = system): CaseEvent => ({ type: 'closed', at: h(t), actor }),
  escalated: (t: number, actor = admin): CaseEvent => ({ type: 'escalated', at: h(t), actor }),
  rated: (t: number, rating = 5, actor = reporter): CaseEvent => ({ type: 'rated', at: h(t), actor, rating }),
};

/** A case assigned to d-roads at hour 2 with a deadline at hour 50. */
export const assignedCase = () => replay([ev.submitted(0), ev.accepted(1), ev.assigned(2)]);
/** The same case fixed by d-roads at hour 10. */
export const fixedCase = () => replay([ev.submitted(0), ev.accepted(1), ev.assigned(2), ev.started(3), ev.fixed(10)]);
