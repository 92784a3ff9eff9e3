import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { maskName } from '../../../core/mask';
import type { CaseAction, ReportDetail, TimelineEntry } from '../contracts';
import { loadCase, LoadedCase, toCaseEvent } from '../case-step';
import type { CaseEventType } from '../domain/case-events';
import { EVENT_LABELS } from '../domain/case-events';
import { OPEN_STATUSES, STATUS_LABELS } from '../domain/case-states';
import { route } from '../domain/routing';
import { can, DISPUTE_WINDOW_MS, isOverdue } from '../domain/transition';
import { capacitiesOn, reviewerAs, seesReporterName } from '../permissions';
import { EventRow, followersOf, photosOf, routingRulesFor } from '../repo';
import { departmentsOf, userName } from '../rows';
import { routingStart } from './assign-report';

const BUTTONS: Partial<Record<CaseEventType, CaseAction>> = {
  accepted: 'accept',
  rejected: 'reject',
  marked_duplicate: 'markDuplicate',
  assigned: 'assign',
  started: 'start',
  fixed: 'fix',
  returned: 'return',
  confirmed: 'confirm',
  disputed: 'dispute',
  rated: 'rate',
  escalated: 'escalate',
};

/**
 * One case as the caller may see it: what was reported, where it stands, the
 * timeline and the buttons the caller may press now. Anyone in the county may
 * look (as on FixMyStreet) except at a rejected report, which stays between
 * the reporter and staff. Handlers appear as their department; the reporter is
 * named only to themselves and to staff, and never when anonymous.
 */
export async function reportDetail(ctx: UseCaseContext, input: { reportId: string }): Promise<ReportDetail> {
  const { db, actor, now } = ctx;
  const loaded = await loadCase(db, actor.countyId, input.reportId, 'read');
  const { row, state, events } = loaded;
  const isMine = row.reporterId === actor.userId;
  const reviewer = reviewerAs(actor, row) !== null;
  if (row.status === 'rejected' && !isMine && !reviewer) throw fail.notFound('没有找到这个问题');

  const departments = new Map((await departmentsOf(db, actor.countyId)).map((d) => [d.id, d.name]));
  const photos = await photosOf(db, row.id);
  const photosAt = (seq: number) => photos.filter((p) => p.eventSeq === seq).map((p) => p.fileRef);
  const followers = await followersOf(db, row.id);
  const following = followers.some((f) => f.userId === actor.userId);

  const byInspection = row.foundBy === 'inspection';
  const byLabel = (e: EventRow): string => {
    if (byInspection && e.actorKind !== 'handler' && e.actorKind !== 'system' && e.actorId === row.reporterId) return '县创文督查组';
    switch (e.actorKind) {
      case 'resident':
        return '反映人';
      case 'staff':
        return row.community ?? '社区工作人员';
      case 'handler':
        return (e.departmentId && departments.get(e.departmentId)) || '责任单位';
      case 'admin':
        return '县创文指挥中心';
      default:
        return '系统';
    }
  };
  const timeline: TimelineEntry[] = events.map((e) => {
    const ev = toCaseEvent(e);
    const entry: TimelineEntry = { seq: e.seq, type: e.type, label: EVENT_LABELS[ev.type] ?? e.type, at: iso(e.at), by: byLabel(e) };
    if (ev.note) entry.note = ev.note;
    if (ev.type === 'assigned') {
      entry.department = departments.get(ev.departmentId) ?? '';
      entry.deadline = iso(ev.deadline);
    }
    if (ev.type === 'rated') entry.rating = ev.rating;
    if (e.seq !== 1) {
      const attached = photosAt(e.seq);
      if (attached.length) entry.photos = attached;
    }
    return entry;
  });

  // Found by an inspection: no resident reported it, and the inspector is not named.
  let reporter = byInspection ? '督查暗访发现' : '匿名反映人';
  if (!row.anonymous && !byInspection) {
    const name = (await userName(db, row.reporterId))?.name ?? '';
    reporter = seesReporterName(actor, row) ? name : maskName(name);
  }

  return {
    id: row.id,
    category: row.category,
    categoryId: row.categoryId,
    description: row.description,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    community: row.community,
    status: state.status,
    statusLabel: STATUS_LABELS[state.status],
    reporter,
    isMine,
    anonymous: row.anonymous,
    submittedAt: iso(row.submittedAt),
    department: row.department,
    deadline: state.deadline,
    overdue: isOverdue(state, now),
    escalated: state.escalated,
    rating: state.rating,
    followers: followers.length,
    following,
    duplicateOf: state.duplicateOf,
    beforePhotos: photos.filter((p) => p.stage === 'before').map((p) => p.fileRef),
    afterPhotos: photos.filter((p) => p.stage === 'after' && p.eventSeq === lastFixSeq(events)).map((p) => p.fileRef),
    timeline,
    actions: actionsFor(ctx, loaded, following),
    disputeUntil: state.status === 'fixed' && state.fixedAt ? new Date(Date.parse(state.fixedAt) + DISPUTE_WINDOW_MS).toISOString() : null,
    routed: reviewer ? await routedNow(ctx, loaded, departments) : null,
    ...(byInspection ? { foundByInspection: true as const } : {}),
  };
}

function lastFixSeq(events: EventRow[]): number | undefined {
  return events.filter((e) => e.type === 'fixed').at(-1)?.seq;
}

function actionsFor(ctx: UseCaseContext, { row, state }: LoadedCase, following: boolean): CaseAction[] {
  const actions = new Set<CaseAction>();
  const capacities = capacitiesOn(ctx.actor, row);
  for (const capacity of capacities) {
    for (const [type, button] of Object.entries(BUTTONS) as [CaseEventType, CaseAction][]) {
      if (can(state, type, capacity.kind, { userId: capacity.userId, departmentId: capacity.departmentId, now: ctx.now })) actions.add(button);
    }
    // 受理并派单 does both steps at once.
    if (can(state, 'accepted', capacity.kind, { now: ctx.now })) actions.add('assign');
  }
  // 我也遇到 is a resident's word: not for whoever reviews, handles or oversees this case.
  const handlesIt = capacities.some((c) => c.kind !== 'resident');
  // A case found by an inspection is confirmed by a re-inspection (复查), not from this page.
  if (row.foundBy === 'inspection') for (const a of ['confirm', 'dispute', 'rate'] as const) actions.delete(a);
  if (row.reporterId !== ctx.actor.userId && !following && !handlesIt && OPEN_STATUSES.includes(state.status)) actions.add('meToo');
  return [...actions];
}

async function routedNow(ctx: UseCaseContext, { row, state }: LoadedCase, departments: Map<string, string>): Promise<ReportDetail['routed']> {
  if (!['submitted', 'accepted', 'reopened'].includes(state.status)) return null;
  const rules = await routingRulesFor(ctx.db, ctx.actor.countyId, row.categoryId);
  const routed = route(rules, { categoryId: row.categoryId, areaId: row.areaId }, routingStart(state, ctx.now));
  return routed ? { departmentId: routed.departmentId, department: departments.get(routed.departmentId) ?? '', deadline: routed.deadline } : null;
}
