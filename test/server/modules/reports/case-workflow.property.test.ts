import fc from 'fast-check';
import { ASSIGNED_STATUSES, TERMINAL_STATUSES, WORKING_STATUSES } from '../../../../server/modules/reports/domain/case-states';
import {
  ACTOR_KINDS,
  ActorKind,
  CASE_EVENT_TYPES,
  CaseActor,
  CaseEvent,
  CaseEventType,
} from '../../../../server/modules/reports/domain/case-events';
import {
  apply,
  can,
  CaseState,
  DISPUTE_WINDOW_MS,
  isOverdue,
  replay,
  TransitionError,
} from '../../../../server/modules/reports/domain/transition';
import { ev, h, T0 } from './case-fixtures';

/**
 * One random step: either a random (event type, actor kind) — usually illegal —
 * (legal = 0) or one of the moves allowed now, rarely an ending one (rejected,
 * duplicate), so that sequences get deep into the workflow. `rightPerson` picks the reporter / the assigned department or
 * a stranger; `advance` moves the clock, sometimes past deadlines and windows.
 */
const step = fc.record({
  legal: fc.integer({ min: 0, max: 3 }),
  pick: fc.nat(),
  type: fc.constantFrom(...CASE_EVENT_TYPES),
  kind: fc.constantFrom(...ACTOR_KINDS),
  rightPerson: fc.boolean(),
  advance: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 100, max: 200 })),
  department: fc.constantFrom('d-roads', 'd-parks'),
  deadlineHours: fc.integer({ min: 1, max: 96 }),
  rating: fc.integer({ min: 1, max: 5 }),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function actorFor(kind: ActorKind, rightPerson: boolean, state: CaseState): CaseActor {
  switch (kind) {
    case 'resident':
      return { kind, userId: rightPerson ? state.reporterId : 'u-neighbour' };
    case 'handler':
      return { kind, userId: 'u-h', departmentId: rightPerson ? (state.departmentId ?? 'd-roads') : 'd-elsewhere' };
    case 'system':
      return { kind };
    default:
      return { kind, userId: `u-${kind}` };
  }
}

/** A well-formed event of `type` (payloads are always valid: only the workflow is under test). */
function eventFor(type: CaseEventType, actor: CaseActor, hour: number, s: Step): CaseEvent {
  const at = h(hour);
  switch (type) {
    case 'rejected':
      return { type, at, actor, reason: '不属于创文范围' };
    case 'marked_duplicate':
      return { type, at, actor, duplicateOf: 'case-original' };
    case 'assigned':
      return { type, at, actor, departmentId: s.department, deadline: h(hour + s.deadlineHours), routed: null };
    case 'fixed':
      return { type, at, actor, photoIds: ['after-1'], note: '已整改' };
    case 'returned':
      return { type, at, actor, reason: '不归本单位管' };
    case 'disputed':
      return { type, at, actor, reason: '没有修好' };
    case 'rated':
      return { type, at, actor, rating: s.rating };
    default:
      return { type, at, actor } as CaseEvent;
  }
}

const ctxOf = (actor: CaseActor, now: Date) => ({ userId: actor.userId, departmentId: actor.departmentId, now });

/** A plain assertion: `expect` costs too much for ~10,000 states a run. */
function ensure(ok: boolean, what: string, state: CaseState): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(state)}`);
}

function checkInvariants(state: CaseState, accepted: CaseEvent[], now: Date): void {
  const count = (type: CaseEventType) => accepted.filter((e) => e.type === type).length;
  const fixes = count('fixed');
  ensure((state.fixedAt !== null) === fixes > 0, 'fixedAt is set iff the case has been fixed at least once', state);
  ensure(state.fixCount === fixes, 'fixCount counts the fixes', state);
  if (['fixed', 'confirmed', 'disputed', 'closed'].includes(state.status)) {
    ensure(state.fixedAt !== null, 'fixed, confirmed, disputed and closed only after a fix', state);
  }
  if (state.rating !== null) {
    ensure(state.fixedAt !== null, 'a rating only after a fix', state);
    ensure(Number.isInteger(state.rating) && state.rating >= 1 && state.rating <= 5, 'a rating is 1–5', state);
  }
  ensure(count('rated') <= 1, 'rated at most once', state);
  if (ASSIGNED_STATUSES.includes(state.status) || state.status === 'closed') {
    ensure(state.departmentId !== null && state.deadline !== null, 'an assigned case has a department and a deadline', state);
  } else {
    ensure(state.departmentId === null && state.deadline === null, 'an unassigned case has no department or deadline', state);
  }
  if (state.status === 'in_progress') ensure(state.startedAt !== null, 'in progress has a start time', state);
  ensure((state.duplicateOf !== null) === (state.status === 'duplicate'), 'duplicateOf iff duplicate', state);
  ensure((state.closedAt !== null) === (state.status === 'closed'), 'closedAt iff closed', state);
  ensure(state.escalated === (state.escalatedAt !== null), 'escalated iff escalatedAt', state);
  ensure(count('escalated') === (state.escalated ? 1 : 0), 'escalated at most once', state);
  ensure(state.version === accepted.length, 'version counts the events', state);
  ensure(state.updatedAt === accepted[accepted.length - 1].at, 'updatedAt is the last event time', state);
  if (isOverdue(state, now)) ensure(WORKING_STATUSES.includes(state.status), 'only a case being worked on is overdue', state);
}

describe('random sequences of actions by random roles', () => {
  it('never reach an illegal state; illegal actions change nothing; replaying the log gives the state', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        let hour = 0;
        let state: CaseState = apply(null, ev.submitted(0));
        const accepted: CaseEvent[] = [ev.submitted(0)];

        for (const s of steps) {
          hour += s.advance;
          const now = new Date(T0 + hour * 3600_000);
          let type = s.type;
          let actor = actorFor(s.kind, s.rightPerson, state);
          if (s.legal > 0) {
            const moves: Array<[CaseEventType, CaseActor]> = [];
            for (const t of CASE_EVENT_TYPES) {
              for (const k of ACTOR_KINDS) {
                const a = actorFor(k, true, state);
                if (can(state, t, k, ctxOf(a, now))) moves.push([t, a]);
              }
            }
            const onward = moves.filter(([t]) => t !== 'rejected' && t !== 'marked_duplicate');
            const pool = onward.length > 0 && s.pick % 10 !== 0 ? onward : moves;
            if (pool.length > 0) [type, actor] = pool[s.pick % pool.length];
          }
          const event = eventFor(type, actor, hour, s);
          const allowed = can(state, type, actor.kind, ctxOf(actor, now));
          const before = JSON.stringify(state);
          const wasTerminal = TERMINAL_STATUSES.includes(state.status);

          if (allowed) {
            const next = apply(state, event);
            ensure(JSON.stringify(state) === before, 'apply does not mutate', state);
            if (wasTerminal) ensure(next.status === state.status, 'an ended case stays ended', next);
            const sinceFix = state.fixedAt === null ? NaN : Date.parse(event.at) - Date.parse(state.fixedAt);
            if (type === 'disputed' || type === 'confirmed') ensure(sinceFix <= DISPUTE_WINDOW_MS, 'answered within 7 days', next);
            if (type === 'closed' && state.status === 'fixed') ensure(sinceFix > DISPUTE_WINDOW_MS, 'auto-closed after 7 days', next);
            state = next;
            accepted.push(event);
            checkInvariants(state, accepted, now);
          } else {
            let thrown: unknown = null;
            try {
              apply(state, event);
            } catch (error) {
              thrown = error;
            }
            ensure(thrown instanceof TransitionError && thrown.code === 'CONFLICT', `${type} by ${actor.kind} is refused with CONFLICT`, state);
            ensure(JSON.stringify(state) === before, 'a refused event changes nothing', state);
          }
        }
        expect(replay(accepted)).toEqual(state);
      }),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20250303) },
    );
  });
});
