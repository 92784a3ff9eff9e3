import type { CaseEvent } from '../../../../server/modules/reports/domain/case-events';
import {
  allowedEvents,
  apply,
  can,
  CaseState,
  disputeWindowOpen,
  fixedLate,
  InvalidCaseEventError,
  isOverdue,
  replay,
  TransitionError,
} from '../../../../server/modules/reports/domain/transition';
import { admin, assignedCase, at, ev, fixedCase, h, neighbour, parks, reporter, roads, staff, system } from './case-fixtures';

/** The error `apply` throws, asserting the state was left as it was. */
function refused(state: CaseState | null, event: CaseEvent): TransitionError | InvalidCaseEventError {
  const before = JSON.stringify(state);
  try {
    apply(state, event);
  } catch (error) {
    expect(JSON.stringify(state)).toBe(before);
    if (error instanceof TransitionError || error instanceof InvalidCaseEventError) return error;
    throw error;
  }
  throw new Error(`expected ${event.type} to be refused`);
}

describe('the happy path of a 随手拍 case', () => {
  it('goes submitted → accepted → assigned → in progress → fixed → confirmed → closed, and the reporter rates it', () => {
    const events = [
      ev.submitted(0),
      ev.accepted(1),
      ev.assigned(2),
      ev.started(3),
      ev.fixed(10),
      ev.confirmed(20),
      ev.closed(20, reporter),
      ev.rated(21, 4),
    ];
    const statuses: string[] = [];
    events.reduce<CaseState | null>((state, event) => {
      const next = apply(state, event);
      statuses.push(next.status);
      return next;
    }, null);
    expect(statuses).toEqual(['submitted', 'accepted', 'assigned', 'in_progress', 'fixed', 'confirmed', 'closed', 'closed']);
    const final = replay(events);
    expect(final).toMatchObject({
      status: 'closed',
      reporterId: 'u-reporter',
      departmentId: 'd-roads',
      deadline: h(50),
      fixedAt: h(10),
      confirmedAt: h(20),
      closedAt: h(20),
      rating: 4,
      fixCount: 1,
      version: 8,
      escalated: false,
    });
  });

  it('never changes the state it is given', () => {
    const state = assignedCase();
    const copy = JSON.parse(JSON.stringify(state));
    apply(state, ev.started(3));
    expect(state).toEqual(copy);
  });
});

describe('staff review', () => {
  it('staff may reject a new report with a reason, and nothing happens to it afterwards', () => {
    const state = replay([ev.submitted(0), ev.rejected(1)]);
    expect(state.status).toBe('rejected');
    expect(refused(state, ev.accepted(2)).message).toBe('这个问题已经不予受理，不能再受理');
  });

  it('a rejection needs a reason', () => {
    const error = refused(replay([ev.submitted(0)]), { type: 'rejected', at: h(1), actor: staff, reason: '  ' });
    expect(error.code).toBe('VALIDATION');
  });

  it('staff may mark a report as a duplicate of another', () => {
    const state = replay([ev.submitted(0), ev.duplicate(1, 'case-42')]);
    expect(state).toMatchObject({ status: 'duplicate', duplicateOf: 'case-42', departmentId: null });
    expect(refused(state, ev.assigned(2)).code).toBe('CONFLICT');
  });

  it('accepting and assigning are two events (one use case may append both in one transaction)', () => {
    expect(can(replay([ev.submitted(0)]), 'assigned', 'staff')).toBe(false);
    expect(replay([ev.submitted(0), ev.accepted(0), ev.assigned(0)]).status).toBe('assigned');
  });

  it('a resident or a handler cannot accept a report', () => {
    const state = replay([ev.submitted(0)]);
    expect(refused(state, ev.accepted(1, reporter)).message).toBe('反映人不能受理这个问题');
    expect(refused(state, ev.accepted(1, roads)).code).toBe('CONFLICT');
    expect(can(state, 'accepted', 'admin')).toBe(true);
    expect(apply(state, ev.accepted(1, admin)).status).toBe('accepted');
  });

  it('overriding the routed department needs a reason, and the record keeps what the rule proposed', () => {
    const accepted = replay([ev.submitted(0), ev.accepted(1)]);
    const routed = { departmentId: 'd-roads', deadline: h(48) };
    const without: CaseEvent = { type: 'assigned', at: h(2), actor: staff, departmentId: 'd-parks', deadline: h(48), routed };
    expect(refused(accepted, without).code).toBe('VALIDATION');
    const withReason: CaseEvent = { ...without, reason: '这处绿地归园林所' };
    expect(apply(accepted, withReason).departmentId).toBe('d-parks');
    const sameAsRule: CaseEvent = { ...without, departmentId: 'd-roads' };
    expect(apply(accepted, sameAsRule).departmentId).toBe('d-roads');
  });

  it('a deadline before the report was submitted is refused', () => {
    const accepted = replay([ev.submitted(10), ev.accepted(11)]);
    expect(refused(accepted, ev.assigned(12, 'd-roads', 5)).code).toBe('VALIDATION');
  });
});

describe('the department handler', () => {
  it('a handler cannot fix a case that was never assigned', () => {
    const accepted = replay([ev.submitted(0), ev.accepted(1)]);
    const error = refused(accepted, ev.fixed(2));
    expect(error).toBeInstanceOf(TransitionError);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('这个问题已受理、还没有派单，现在不能提交整改结果');
  });

  it('a handler of another department can do nothing with the case', () => {
    const state = assignedCase();
    expect(refused(state, ev.started(3, parks)).message).toBe('这个问题不是派给您所在单位的，不能标记为处理中');
    expect(refused(state, ev.fixed(3, parks)).code).toBe('CONFLICT');
    expect(can(state, 'started', 'handler', { departmentId: 'd-parks' })).toBe(false);
    expect(can(state, 'started', 'handler', { departmentId: 'd-roads' })).toBe(true);
  });

  it('a closed case cannot be marked in progress again', () => {
    const closed = replay([...[ev.submitted(0), ev.accepted(1), ev.assigned(2), ev.fixed(10)], ev.closed(10 + 7 * 24 + 1)]);
    expect(refused(closed, ev.started(400)).message).toBe('这个问题已经办结，不能再标记为处理中');
  });

  it('may fix straight from assigned, without marking it in progress first', () => {
    expect(apply(assignedCase(), ev.fixed(5)).status).toBe('fixed');
  });

  it('a fix needs at least one after photo and a note', () => {
    const state = assignedCase();
    expect(refused(state, { type: 'fixed', at: h(5), actor: roads, photoIds: [], note: '修好了' }).code).toBe('VALIDATION');
    expect(refused(state, { type: 'fixed', at: h(5), actor: roads, photoIds: ['p'], note: '' }).code).toBe('VALIDATION');
    const ten = Array.from({ length: 10 }, (_, i) => `p${i}`);
    expect(refused(state, { type: 'fixed', at: h(5), actor: roads, photoIds: ten, note: '修好了' }).code).toBe('VALIDATION');
  });

  it('"not ours" sends the case back to staff, accepted and unassigned, and staff assign it again', () => {
    const back = apply(apply(assignedCase(), ev.started(3)), ev.returned(4));
    expect(back).toMatchObject({ status: 'accepted', departmentId: null, deadline: null, startedAt: null });
    expect(refused(back, ev.started(5)).code).toBe('CONFLICT');
    expect(apply(back, ev.assigned(5, 'd-transport')).departmentId).toBe('d-transport');
  });

  it('two handlers fixing the same case: the second is a conflict', () => {
    const once = apply(assignedCase(), ev.fixed(5));
    expect(refused(once, ev.fixed(5)).message).toBe('这个问题已经整改、等待反映人确认，现在不能提交整改结果');
  });
});

describe('the reporter', () => {
  it('only the reporter may confirm or dispute the fix', () => {
    const state = fixedCase();
    expect(refused(state, ev.confirmed(11, neighbour)).message).toBe('只有反映人本人可以确认整改');
    expect(refused(state, ev.disputed(11, neighbour)).code).toBe('CONFLICT');
    expect(refused(state, ev.confirmed(11, staff)).code).toBe('CONFLICT');
  });

  it('a dispute within 7 days reopens the case; staff then assign it again', () => {
    const disputed = apply(fixedCase(), ev.disputed(10 + 7 * 24));
    expect(disputed.status).toBe('disputed');
    const reopened = apply(disputed, ev.reopened(10 + 7 * 24));
    expect(reopened).toMatchObject({ status: 'reopened', departmentId: null, deadline: null, fixedAt: h(10), fixCount: 1 });
    const again = apply(reopened, ev.assigned(200, 'd-roads', 248));
    const refixed = apply(again, ev.fixed(210));
    expect(refixed).toMatchObject({ status: 'fixed', fixedAt: h(210), fixCount: 2 });
  });

  it('a dispute after 7 days is refused', () => {
    const error = refused(fixedCase(), ev.disputed(10 + 7 * 24 + 1));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('整改已超过7天，不能再提出异议');
  });

  it('the 7 days are 7×24 hours from the fix, the last moment included', () => {
    const state = fixedCase();
    const edge = new Date(Date.parse(h(10)) + 7 * 24 * 3600_000);
    expect(disputeWindowOpen(state, edge)).toBe(true);
    expect(disputeWindowOpen(state, new Date(edge.getTime() + 1))).toBe(false);
    expect(disputeWindowOpen(assignedCase(), at(3))).toBe(false);
  });

  it('the reporter may rate once', () => {
    const rated = apply(fixedCase(), ev.rated(11, 5));
    expect(rated).toMatchObject({ rating: 5, status: 'fixed' });
    expect(refused(rated, ev.rated(12, 1)).message).toBe('这个问题已经评价过，不能重复评价');
  });

  it('a rating needs a fix first, and is 1 to 5 stars', () => {
    expect(refused(assignedCase(), ev.rated(3, 5)).code).toBe('CONFLICT');
    expect(refused(fixedCase(), ev.rated(11, 0)).code).toBe('VALIDATION');
    expect(refused(fixedCase(), ev.rated(11, 4.5)).code).toBe('VALIDATION');
    expect(refused(fixedCase(), ev.rated(11, 3, neighbour)).code).toBe('CONFLICT');
  });

  it('a rejected report cannot be rated', () => {
    expect(refused(replay([ev.submitted(0), ev.rejected(1)]), ev.rated(2)).code).toBe('CONFLICT');
  });

  it('the reporter closes by confirming, not by skipping the confirmation', () => {
    expect(refused(fixedCase(), ev.closed(11, reporter)).message).toBe('整改后请先确认，确认后才能办结');
  });
});

describe('closing by the system', () => {
  it('a fixed case neither confirmed nor disputed closes itself after 7 days', () => {
    const state = fixedCase();
    expect(refused(state, ev.closed(10 + 7 * 24)).message).toBe('整改后7天内反映人还可以确认或提出异议，现在不能自动办结');
    expect(apply(state, ev.closed(10 + 7 * 24 + 1)).status).toBe('closed');
  });

  it('a disputed case does not auto-close', () => {
    const disputed = apply(fixedCase(), ev.disputed(11));
    expect(refused(disputed, ev.closed(500)).code).toBe('CONFLICT');
  });

  it('staff cannot close a case', () => {
    expect(can(fixedCase(), 'closed', 'staff')).toBe(false);
  });
});

describe('overdue and escalation (督办)', () => {
  it('an overdue case is one past its deadline and not yet fixed', () => {
    const state = assignedCase(); // deadline hour 50
    expect(isOverdue(state, at(50))).toBe(false);
    expect(isOverdue(state, at(51))).toBe(true);
    expect(isOverdue(apply(state, ev.started(3)), at(51))).toBe(true);
    expect(isOverdue(apply(state, ev.fixed(49)), at(51))).toBe(false);
    expect(isOverdue(apply(state, ev.fixed(60)), at(61))).toBe(false);
  });

  it('a case with no deadline is never overdue', () => {
    expect(isOverdue(replay([ev.submitted(0), ev.accepted(1)]), at(10_000))).toBe(false);
  });

  it('fixed late is known from the fix time and the deadline', () => {
    expect(fixedLate(apply(assignedCase(), ev.fixed(49)))).toBe(false);
    expect(fixedLate(apply(assignedCase(), ev.fixed(51)))).toBe(true);
    expect(fixedLate(assignedCase())).toBeNull();
  });

  it('the admin may escalate an overdue case once; it stays where it is', () => {
    const escalated = apply(assignedCase(), ev.escalated(60));
    expect(escalated).toMatchObject({ status: 'assigned', escalated: true, escalatedAt: h(60) });
    expect(refused(escalated, ev.escalated(61)).message).toBe('这个问题已经督办过，不能重复督办');
    expect(refused(escalated, ev.escalated(61, system)).code).toBe('CONFLICT');
  });

  it('a case that is not overdue cannot be escalated', () => {
    expect(refused(assignedCase(), ev.escalated(10)).message).toBe('这个问题还没有超期，不能督办');
  });

  it('the scheduler (system) may escalate; staff may not', () => {
    expect(apply(assignedCase(), ev.escalated(60, system)).escalated).toBe(true);
    expect(refused(assignedCase(), ev.escalated(60, staff)).code).toBe('CONFLICT');
  });
});

describe('the event log', () => {
  it('an event before the previous one is refused', () => {
    expect(refused(assignedCase(), ev.started(1)).message).toBe('操作时间早于上一步，不能记录');
  });

  it('nothing happens before a case is submitted, and it is submitted once', () => {
    expect(refused(null, ev.accepted(0)).code).toBe('CONFLICT');
    expect(refused(assignedCase(), ev.submitted(5)).message).toBe('这个问题已经提交过了');
    expect(refused(null, ev.submitted(0, staff)).code).toBe('CONFLICT');
    expect(() => replay([])).toThrow(TransitionError);
  });

  it('a malformed time is a validation error', () => {
    expect(refused(null, { type: 'submitted', at: 'yesterday', actor: reporter }).code).toBe('VALIDATION');
  });

  it('lists what each kind of actor may do now', () => {
    expect(allowedEvents(replay([ev.submitted(0)]), 'staff').sort()).toEqual(['accepted', 'marked_duplicate', 'rejected']);
    expect(allowedEvents(assignedCase(), 'handler', { departmentId: 'd-roads' }).sort()).toEqual(['fixed', 'returned', 'started']);
    expect(allowedEvents(fixedCase(), 'resident', { userId: 'u-reporter', now: at(11) }).sort()).toEqual(['confirmed', 'disputed', 'rated']);
    expect(allowedEvents(fixedCase(), 'resident', { userId: 'u-reporter', now: at(500) })).toEqual(['rated']);
    expect(allowedEvents(fixedCase(), 'system', { now: at(500) })).toEqual(['closed']);
    expect(allowedEvents(assignedCase(), 'admin', { now: at(60) })).toEqual(['escalated']);
  });
});
