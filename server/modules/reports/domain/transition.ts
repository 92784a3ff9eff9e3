/**
 * The 随手拍 case workflow as a pure reducer over events.
 *
 * `apply(state, event)` returns the next state or throws: a `TransitionError`
 * (code CONFLICT) when the event is not allowed now — wrong state, wrong actor,
 * outside a time window, already done once — or an `InvalidCaseEventError`
 * (code VALIDATION) when its payload is malformed. It never mutates `state`.
 * `replay(events)` is the state the stored events add up to.
 *
 * Transitions (from → to, who):
 *   ∅ → submitted                            resident (becomes the reporter)
 *   submitted → accepted                     staff, admin
 *   submitted | accepted → rejected          staff, admin (reason)
 *   submitted | accepted → duplicate         staff, admin (duplicateOf)
 *   accepted | reopened → assigned           staff, admin (department, deadline; reason if not the routed default)
 *   assigned → in_progress                   handler of the assigned department
 *   assigned | in_progress → fixed           handler of the assigned department (after photos, note)
 *   assigned | in_progress → accepted        handler of the assigned department ("returned": not ours, reason; unassigned)
 *   fixed → confirmed                        reporter, within 7×24 h of the fix
 *   fixed → disputed                         reporter, within 7×24 h of the fix (reason)
 *   disputed → reopened                      system (right after the dispute), staff, admin; unassigned
 *   confirmed → closed                       reporter, system
 *   fixed → closed                           system, only once 7×24 h have passed since the fix
 *   escalated (flag, state unchanged)        admin, system; only an overdue case, once per case
 *   rated (rating, state unchanged)          reporter; in fixed | confirmed | closed, once per case
 */
import { AppError, FieldIssue } from '../../../core/errors';
import {
  ASSIGNED_STATUSES,
  CaseStatus,
  STATUS_PHRASES,
  TERMINAL_STATUSES,
  WORKING_STATUSES,
} from './case-states';
import {
  ACTOR_LABELS,
  ActorKind,
  CaseActor,
  CaseEvent,
  CaseEventType,
  EVENT_ACTIONS,
  MAX_FIX_PHOTOS,
  MAX_REASON_LENGTH,
} from './case-events';

export const HOUR_MS = 60 * 60 * 1000;
/** The reporter confirms or disputes within 7×24 h of the (latest) fix; after that the case may auto-close. */
export const DISPUTE_WINDOW_MS = 7 * 24 * HOUR_MS;

export interface CaseState {
  status: CaseStatus;
  /**
   * The resident who submitted. Needed to check that only the reporter
   * confirms, disputes and rates. NEVER put it in a response for staff,
   * handlers or the public (anonymous reports).
   */
  reporterId: string;
  /** The department currently responsible; null while unassigned (submitted, accepted, reopened, rejected, duplicate). */
  departmentId: string | null;
  /** ISO instant of the current assignment's deadline; null while unassigned. */
  deadline: string | null;
  /** 督办: set once, never cleared. */
  escalated: boolean;
  /** The case this one duplicates (status duplicate only). */
  duplicateOf: string | null;
  /** 1–5, set once. */
  rating: number | null;
  /** Times the case was fixed (more than 1 after a dispute and a second fix). */
  fixCount: number;
  /** Number of events applied: the stored row's version for conditional updates. */
  version: number;
  submittedAt: string;
  acceptedAt: string | null;
  assignedAt: string | null;
  startedAt: string | null;
  /** The latest fix; set iff the case was fixed at least once (kept after a dispute). */
  fixedAt: string | null;
  confirmedAt: string | null;
  disputedAt: string | null;
  /** Set iff status is closed (rejected and duplicate cases end at `updatedAt`). */
  closedAt: string | null;
  escalatedAt: string | null;
  ratedAt: string | null;
  /** The latest event's time. */
  updatedAt: string;
}

/** An event not allowed now. Same shape as every other server error: code CONFLICT, a Chinese message. */
export class TransitionError extends AppError {
  declare readonly code: 'CONFLICT';
  readonly eventType: CaseEventType;
  readonly status: CaseStatus | null;

  constructor(message: string, eventType: CaseEventType, status: CaseStatus | null) {
    super('CONFLICT', message);
    this.name = 'TransitionError';
    this.eventType = eventType;
    this.status = status;
  }
}

/** An event whose payload is malformed (the handler's zod schema should have caught it first). */
export class InvalidCaseEventError extends AppError {
  declare readonly code: 'VALIDATION';

  constructor(message: string, details?: FieldIssue[]) {
    super('VALIDATION', message, details);
    this.name = 'InvalidCaseEventError';
  }
}

interface Rule {
  from: readonly (CaseStatus | null)[];
  by: readonly ActorKind[];
}

/** The state-and-role table; time windows, identities and "once" rules are in `refusal`. */
export const TRANSITIONS: Record<CaseEventType, Rule> = {
  submitted: { from: [null], by: ['resident'] },
  accepted: { from: ['submitted'], by: ['staff', 'admin'] },
  rejected: { from: ['submitted', 'accepted'], by: ['staff', 'admin'] },
  marked_duplicate: { from: ['submitted', 'accepted'], by: ['staff', 'admin'] },
  assigned: { from: ['accepted', 'reopened'], by: ['staff', 'admin'] },
  started: { from: ['assigned'], by: ['handler'] },
  fixed: { from: ['assigned', 'in_progress'], by: ['handler'] },
  returned: { from: ['assigned', 'in_progress'], by: ['handler'] },
  confirmed: { from: ['fixed'], by: ['resident'] },
  disputed: { from: ['fixed'], by: ['resident'] },
  reopened: { from: ['disputed'], by: ['system', 'staff', 'admin'] },
  closed: { from: ['fixed', 'confirmed'], by: ['resident', 'system'] },
  escalated: { from: ['assigned', 'in_progress'], by: ['admin', 'system'] },
  rated: { from: ['fixed', 'confirmed', 'closed'], by: ['resident'] },
};

/** The status an event leads to (escalated and rated leave it unchanged). */
const NEXT: Partial<Record<CaseEventType, CaseStatus>> = {
  submitted: 'submitted',
  accepted: 'accepted',
  rejected: 'rejected',
  marked_duplicate: 'duplicate',
  assigned: 'assigned',
  started: 'in_progress',
  fixed: 'fixed',
  returned: 'accepted',
  confirmed: 'confirmed',
  disputed: 'disputed',
  reopened: 'reopened',
  closed: 'closed',
};

function ms(isoTime: string): number {
  return Date.parse(isoTime);
}

/** What is known about the actor and the moment when asking `can`. Omitted facts are not checked. */
export interface CanContext {
  /** The asking user's id: for a resident it must be the reporter's. */
  userId?: string;
  /** The handler's department: it must be the case's current department. */
  departmentId?: string;
  /** The moment: enables the dispute window, auto-close and overdue rules. */
  now?: Date;
}

/**
 * Why `actor` may not cause `type` on `state` now, as a Chinese sentence; null
 * when allowed. Facts left out of `actor`/`now` are not checked (can()).
 */
function refusal(
  state: CaseState | null,
  type: CaseEventType,
  actor: CaseActor,
  now: Date | undefined,
  strict: boolean,
): string | null {
  const rule = TRANSITIONS[type];
  const action = EVENT_ACTIONS[type];
  const status = state?.status ?? null;

  if (state === null) {
    if (type !== 'submitted') return `这个问题还没有提交，不能${action}`;
  } else if (!rule.from.includes(status)) {
    if (type === 'submitted') return '这个问题已经提交过了';
    if (type === 'escalated' && state.escalated) return '这个问题已经督办过，不能重复督办';
    if (type === 'rated' && state.rating !== null) return '这个问题已经评价过，不能重复评价';
    const again = TERMINAL_STATUSES.includes(state.status) ? '不能再' : '现在不能';
    return `这个问题${STATUS_PHRASES[state.status]}，${again}${action}`;
  }

  if (!rule.by.includes(actor.kind)) {
    // Closing a fixed case early is a time rule for the system, a role rule for everyone else.
    return `${ACTOR_LABELS[actor.kind]}不能${action}这个问题`;
  }

  // Who exactly: the reporter, the assigned department.
  if (actor.kind === 'resident' && state !== null && (strict || actor.userId !== undefined)) {
    if (actor.userId !== state.reporterId) return `只有反映人本人可以${action}`;
  }
  if (actor.kind === 'handler' && state !== null && (strict || actor.departmentId !== undefined)) {
    if (actor.departmentId === undefined || actor.departmentId !== state.departmentId) {
      return `这个问题不是派给您所在单位的，不能${action}`;
    }
  }
  if (type === 'submitted' && strict && !actor.userId) return '提交问题需要登录';

  // Once per case.
  if (state !== null && type === 'escalated' && state.escalated) return '这个问题已经督办过，不能重复督办';
  if (state !== null && type === 'rated' && state.rating !== null) return '这个问题已经评价过，不能重复评价';
  if (state !== null && type === 'closed' && state.status === 'fixed' && actor.kind !== 'system') {
    return '整改后请先确认，确认后才能办结';
  }

  // Time rules.
  if (state !== null && now !== undefined) {
    if ((type === 'confirmed' || type === 'disputed') && !disputeWindowOpen(state, now)) {
      return `整改已超过7天，不能再${action}`;
    }
    if (type === 'closed' && state.status === 'fixed' && disputeWindowOpen(state, now)) {
      return '整改后7天内反映人还可以确认或提出异议，现在不能自动办结';
    }
    if (type === 'escalated' && !isOverdue(state, now)) return '这个问题还没有超期，不能督办';
  }
  return null;
}

/**
 * May an actor of this kind cause this event now? Role and state always count;
 * the reporter's identity (`ctx.userId`), the handler's department
 * (`ctx.departmentId`) and the time rules (`ctx.now`) count when given.
 * `apply` checks all of them, with the event's actor and time.
 */
export function can(state: CaseState | null, type: CaseEventType, actorKind: ActorKind, ctx: CanContext = {}): boolean {
  const actor: CaseActor = { kind: actorKind, userId: ctx.userId, departmentId: ctx.departmentId };
  return refusal(state, type, actor, ctx.now, false) === null;
}

/** The event types `actor` may cause now (buttons to show). */
export function allowedEvents(state: CaseState | null, actorKind: ActorKind, ctx: CanContext = {}): CaseEventType[] {
  return (Object.keys(TRANSITIONS) as CaseEventType[]).filter((type) => can(state, type, actorKind, ctx));
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function validIso(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

function requireText(value: unknown, field: string, label: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidCaseEventError(`请填写${label}`, [{ field, message: `请填写${label}` }]);
  if (value.length > MAX_REASON_LENGTH) {
    const message = `${label}不能超过${MAX_REASON_LENGTH}个字`;
    throw new InvalidCaseEventError(message, [{ field, message }]);
  }
}

function requirePhotos(value: unknown, field: string, min: number): void {
  const ok =
    Array.isArray(value) &&
    value.length >= min &&
    value.length <= MAX_FIX_PHOTOS &&
    value.every((id) => typeof id === 'string' && id !== '');
  if (!ok) {
    const message = min > 0 ? `请上传1到${MAX_FIX_PHOTOS}张照片` : `最多上传${MAX_FIX_PHOTOS}张照片`;
    throw new InvalidCaseEventError(message, [{ field, message }]);
  }
}

/** Payload checks that do not depend on the state (except the submit time for deadlines). */
function validatePayload(state: CaseState | null, event: CaseEvent): void {
  if (!validIso(event.at)) throw new InvalidCaseEventError('时间格式不对', [{ field: 'at', message: '时间格式不对' }]);
  switch (event.type) {
    case 'rejected':
      return requireText(event.reason, 'reason', '不予受理的原因');
    case 'returned':
      return requireText(event.reason, 'reason', '退回的原因');
    case 'disputed':
      requireText(event.reason, 'reason', '异议的原因');
      if (event.photoIds !== undefined) requirePhotos(event.photoIds, 'photoIds', 0);
      return;
    case 'marked_duplicate':
      return requireText(event.duplicateOf, 'duplicateOf', '重复的问题');
    case 'fixed':
      requirePhotos(event.photoIds, 'photoIds', 1);
      return requireText(event.note, 'note', '整改说明');
    case 'rated':
      if (!Number.isInteger(event.rating) || event.rating < 1 || event.rating > 5) {
        throw new InvalidCaseEventError('满意度请选择1到5星', [{ field: 'rating', message: '满意度请选择1到5星' }]);
      }
      return;
    case 'assigned': {
      requireText(event.departmentId, 'departmentId', '责任单位');
      if (!validIso(event.deadline)) {
        throw new InvalidCaseEventError('办理期限格式不对', [{ field: 'deadline', message: '办理期限格式不对' }]);
      }
      if (state !== null && ms(event.deadline) <= ms(state.submittedAt)) {
        throw new InvalidCaseEventError('办理期限必须晚于提交时间', [{ field: 'deadline', message: '办理期限必须晚于提交时间' }]);
      }
      const overrides =
        event.routed !== null &&
        (event.routed.departmentId !== event.departmentId || ms(event.routed.deadline) !== ms(event.deadline));
      if (overrides && (typeof event.reason !== 'string' || event.reason.trim() === '')) {
        const message = '改动了默认的责任单位或办理期限，请说明原因';
        throw new InvalidCaseEventError(message, [{ field: 'reason', message }]);
      }
      if (event.reason !== undefined) requireText(event.reason, 'reason', '改派的原因');
      return;
    }
    default:
      return;
  }
}

/** The next state. Throws TransitionError (CONFLICT) or InvalidCaseEventError (VALIDATION); never mutates. */
export function apply(state: CaseState | null, event: CaseEvent): CaseState {
  validatePayload(state, event);
  const why = refusal(state, event.type, event.actor, new Date(event.at), true);
  if (why !== null) throw new TransitionError(why, event.type, state?.status ?? null);
  if (state !== null && ms(event.at) < ms(state.updatedAt)) {
    throw new TransitionError('操作时间早于上一步，不能记录', event.type, state.status);
  }

  const at = event.at;
  if (event.type === 'submitted') {
    return {
      status: 'submitted',
      reporterId: event.actor.userId as string,
      departmentId: null,
      deadline: null,
      escalated: false,
      duplicateOf: null,
      rating: null,
      fixCount: 0,
      version: 1,
      submittedAt: at,
      acceptedAt: null,
      assignedAt: null,
      startedAt: null,
      fixedAt: null,
      confirmedAt: null,
      disputedAt: null,
      closedAt: null,
      escalatedAt: null,
      ratedAt: null,
      updatedAt: at,
    };
  }

  const current = state as CaseState;
  const next: CaseState = { ...current, status: NEXT[event.type] ?? current.status, version: current.version + 1, updatedAt: at };
  switch (event.type) {
    case 'accepted':
      next.acceptedAt = at;
      break;
    case 'marked_duplicate':
      next.duplicateOf = event.duplicateOf;
      break;
    case 'assigned':
      next.departmentId = event.departmentId;
      next.deadline = new Date(event.deadline).toISOString();
      next.assignedAt = at;
      next.startedAt = null;
      break;
    case 'started':
      next.startedAt = at;
      break;
    case 'fixed':
      next.fixedAt = at;
      next.fixCount = current.fixCount + 1;
      break;
    case 'returned':
    case 'reopened':
      next.departmentId = null;
      next.deadline = null;
      next.startedAt = null;
      break;
    case 'confirmed':
      next.confirmedAt = at;
      break;
    case 'disputed':
      next.disputedAt = at;
      break;
    case 'closed':
      next.closedAt = at;
      break;
    case 'escalated':
      next.escalated = true;
      next.escalatedAt = at;
      break;
    case 'rated':
      next.rating = event.rating;
      next.ratedAt = at;
      break;
  }
  return next;
}

/** The state the events add up to. Throws on an empty list or an illegal event. */
export function replay(events: readonly CaseEvent[]): CaseState {
  if (events.length === 0) throw new TransitionError('这个问题还没有提交', 'submitted', null);
  return events.reduce<CaseState | null>((state, event) => apply(state, event), null) as CaseState;
}

/**
 * Overdue (超期): a department is working on it (assigned or in progress), it
 * has a deadline, and `now` is past it. Fixed, confirmed, closed, rejected,
 * duplicate cases are not overdue; neither are cases waiting for staff
 * (accepted, reopened: no deadline) nor a disputed one (about to be reopened).
 */
export function isOverdue(state: CaseState, now: Date): boolean {
  return state.deadline !== null && WORKING_STATUSES.includes(state.status) && now.getTime() > ms(state.deadline);
}

/** Whether a fixed case was fixed after its deadline (for the scoreboard's "fixed on time"). */
export function fixedLate(state: CaseState): boolean | null {
  if (state.fixedAt === null || state.deadline === null) return null;
  return ms(state.fixedAt) > ms(state.deadline);
}

/** The reporter may still confirm or dispute: the case is fixed and at most 7×24 h have passed since the fix. */
export function disputeWindowOpen(state: CaseState, now: Date): boolean {
  return state.status === 'fixed' && state.fixedAt !== null && now.getTime() - ms(state.fixedAt) <= DISPUTE_WINDOW_MS;
}

/** Does a department hold this case now (assigned … disputed)? */
export function isAssigned(state: CaseState): boolean {
  return ASSIGNED_STATUSES.includes(state.status);
}
