/**
 * The events of a 随手拍 case. They are appended, never changed; the case's
 * current state is `replay(events)` (transition.ts). Payloads carry only what
 * the workflow needs; the report's own content (category, place, photos of the
 * problem, description) lives on the report row.
 */

export const ACTOR_KINDS = ['resident', 'staff', 'handler', 'admin', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * Who caused an event. `resident` is always the reporter (userId required);
 * `handler` acts for `departmentId` (required; the timeline shows the
 * department, not the person); `system` is the scheduler (no userId).
 */
export interface CaseActor {
  kind: ActorKind;
  userId?: string;
  departmentId?: string;
}

interface EventBase<T extends string> {
  type: T;
  /** ISO 8601 instant. */
  at: string;
  actor: CaseActor;
  /** Free text shown on the timeline. Some events require it (see the `reason` fields). */
  note?: string;
}

export type SubmittedEvent = EventBase<'submitted'>;
export type AcceptedEvent = EventBase<'accepted'>;
export interface RejectedEvent extends EventBase<'rejected'> {
  reason: string;
}
export interface MarkedDuplicateEvent extends EventBase<'marked_duplicate'> {
  /** The original case; its reporters' follows are the use case's business. */
  duplicateOf: string;
}
export interface AssignedEvent extends EventBase<'assigned'> {
  departmentId: string;
  /** ISO instant. */
  deadline: string;
  /**
   * What the routing rule proposed when the case was assigned (routing.ts), or
   * null when no rule matched. Kept so the record shows what staff overrode.
   */
  routed: { departmentId: string; deadline: string } | null;
  /** Required when departmentId or deadline differ from `routed`. */
  reason?: string;
}
export type StartedEvent = EventBase<'started'>;
export interface FixedEvent extends EventBase<'fixed'> {
  /** The after photos (file ids the handler uploaded), 1–9. */
  photoIds: string[];
  note: string;
}
export interface ReturnedEvent extends EventBase<'returned'> {
  /** Why it is not this department's case. */
  reason: string;
}
export type ConfirmedEvent = EventBase<'confirmed'>;
export interface DisputedEvent extends EventBase<'disputed'> {
  reason: string;
  photoIds?: string[];
}
export type ReopenedEvent = EventBase<'reopened'>;
export type ClosedEvent = EventBase<'closed'>;
export type EscalatedEvent = EventBase<'escalated'>;
export interface RatedEvent extends EventBase<'rated'> {
  /** Satisfaction, an integer 1–5. */
  rating: number;
}

export type CaseEvent =
  | SubmittedEvent
  | AcceptedEvent
  | RejectedEvent
  | MarkedDuplicateEvent
  | AssignedEvent
  | StartedEvent
  | FixedEvent
  | ReturnedEvent
  | ConfirmedEvent
  | DisputedEvent
  | ReopenedEvent
  | ClosedEvent
  | EscalatedEvent
  | RatedEvent;

export type CaseEventType = CaseEvent['type'];

export const CASE_EVENT_TYPES = [
  'submitted',
  'accepted',
  'rejected',
  'marked_duplicate',
  'assigned',
  'started',
  'fixed',
  'returned',
  'confirmed',
  'disputed',
  'reopened',
  'closed',
  'escalated',
  'rated',
] as const satisfies readonly CaseEventType[];

/** The event of a given type. */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/** "不能___" — what a refusal says the actor tried to do. */
export const EVENT_ACTIONS: Record<CaseEventType, string> = {
  submitted: '提交',
  accepted: '受理',
  rejected: '不予受理',
  marked_duplicate: '标记为重复问题',
  assigned: '派单',
  started: '标记为处理中',
  fixed: '提交整改结果',
  returned: '退回（不属于本单位）',
  confirmed: '确认整改',
  disputed: '提出异议',
  reopened: '重新办理',
  closed: '办结',
  escalated: '督办',
  rated: '评价',
};

/** Timeline labels. */
export const EVENT_LABELS: Record<CaseEventType, string> = {
  submitted: '提交问题',
  accepted: '受理',
  rejected: '不予受理',
  marked_duplicate: '标记为重复问题',
  assigned: '派单',
  started: '开始处理',
  fixed: '整改完成',
  returned: '退回：不属于本单位',
  confirmed: '反映人确认整改',
  disputed: '反映人提出异议',
  reopened: '重新办理',
  closed: '办结',
  escalated: '督办',
  rated: '满意度评价',
};

export const ACTOR_LABELS: Record<ActorKind, string> = {
  resident: '反映人',
  staff: '社区工作人员',
  handler: '责任单位',
  admin: '创文办',
  system: '系统',
};

export const MAX_FIX_PHOTOS = 9;
export const MAX_REASON_LENGTH = 500;
