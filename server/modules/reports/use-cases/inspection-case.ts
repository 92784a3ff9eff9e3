import type { UseCaseContext } from '../../../core/action';
import { countEvent } from '../../dashboard/facade';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { attachOwnPhotos } from '../../files/facade';
import { deliver } from '../../inbox/facade';
import { CASE_LINK, formatBeijing, loadCase, recordSteps, tellPeople } from '../case-step';
import type { CaseEvent } from '../domain/case-events';
import { apply, CaseState } from '../domain/transition';
import { inspectionCategory, insertEvent, insertInspectionReport, insertPhotos, reportByKey } from '../repo';
import { handlersOf } from '../rows';

/** The problem type of every case an inspection finds (switched off: residents never choose it). */
export const INSPECTION_CATEGORY = '督查暗访发现';

export interface InspectionCaseInput {
  /** One case per failed item: e.g. "inspection:<inspection id>:<item>". */
  key: string;
  description: string;
  /** The inspector's own uploads (checked). */
  photos: string[];
  latitude: number;
  longitude: number;
  address: string;
  place: { communityId: string; areaId: string };
  departmentId: string;
  deadline: Date;
}

/**
 * A failed item of a 督查暗访 becomes a 随手拍 case, in the caller's
 * transaction: found by the inspection (not reported by a resident: nobody is
 * named as its reporter and nobody earns points for it), assigned at once to
 * the responsible department with the deadline (限时督促), and the
 * department's handlers hear of it as of any new assignment. The inspector
 * who found it is kept as the case's reporter of record, so the same rules
 * let a re-inspection confirm the fix. Anything refused throws, and the
 * caller's whole transaction rolls back.
 */
export async function openInspectionCase(ctx: UseCaseContext, input: InspectionCaseInput): Promise<{ reportId: string }> {
  const { db, actor, now } = ctx;
  const countyId = actor.countyId;
  const inspectorId = actor.userId;
  if (input.deadline.getTime() <= now.getTime()) throw fail.validation('整改期限必须晚于现在');
  const categoryId = await inspectionCategory(db, countyId, newId(), INSPECTION_CATEGORY);
  await attachOwnPhotos(db, { countyId, userId: inspectorId }, input.photos);

  const at = now.toISOString();
  const events: CaseEvent[] = [
    { type: 'submitted', at, actor: { kind: 'resident', userId: inspectorId }, note: '督查暗访发现' },
    { type: 'accepted', at, actor: { kind: 'admin', userId: inspectorId } },
    { type: 'assigned', at, actor: { kind: 'admin', userId: inspectorId }, departmentId: input.departmentId, deadline: input.deadline.toISOString(), routed: null, reason: '督查暗访限时整改' },
  ];
  let state: CaseState | null = null;
  for (const event of events) state = apply(state, event);

  const reportId = newId();
  const created = await insertInspectionReport(db, {
    id: reportId,
    countyId,
    communityId: input.place.communityId,
    areaId: input.place.areaId,
    categoryId,
    reporterId: inspectorId,
    anonymous: true,
    description: input.description,
    latitude: input.latitude,
    longitude: input.longitude,
    address: input.address,
    status: state!.status,
    version: state!.version,
    submittedAt: now,
    idempotencyKey: input.key,
    departmentId: input.departmentId,
    deadline: input.deadline,
  });
  if (!created) {
    const first = await reportByKey(db, inspectorId, input.key);
    if (!first) throw fail.conflict('整改案件没有建成，请再试一次');
    return { reportId: first.id };
  }
  for (const [i, event] of events.entries()) {
    const { type, at: when, actor: by, ...payload } = event;
    await insertEvent(db, {
      id: newId(),
      countyId,
      reportId,
      seq: i + 1,
      type,
      actorKind: by.kind,
      actorId: by.userId ?? null,
      departmentId: type === 'assigned' ? input.departmentId : null,
      data: { ...payload, foundBy: 'inspection' },
      at: new Date(when),
    });
  }
  await countEvent(db, { countyId, metric: 'reports_in', at: now, areaId: input.place.areaId });
  await insertPhotos(db, input.photos.map((fileRef, sort) => ({ reportId, countyId, fileRef, stage: 'before' as const, sort })));
  const due = formatBeijing(input.deadline.toISOString());
  const notices = (await handlersOf(db, countyId, input.departmentId)).map((userId) => ({
    userId,
    kind: 'report',
    title: '督查发现问题，请限时整改',
    body: `${input.description}｜${input.address}，期限 ${due}`,
    link: CASE_LINK(reportId),
    sourceKey: `report:${reportId}:${state!.version}:handler`,
  }));
  await deliver(db, countyId, notices, now);
  return { reportId };
}

/**
 * 复查销号: a re-inspection finds the item rectified and closes its case —
 * the department has reported the fix, and the inspection (the case's
 * reporter of record) confirms it and closes it in one step. Refused while
 * the department has not reported a fix yet; a case already closed stays so.
 */
export async function closeInspectionCase(ctx: UseCaseContext, reportId: string): Promise<{ closed: boolean }> {
  const loaded = await loadCase(ctx.db, ctx.actor.countyId, reportId);
  if (loaded.row.foundBy !== 'inspection') throw fail.notFound('没有找到这个督查案件');
  if (loaded.state.status === 'closed' || loaded.state.status === 'confirmed') return { closed: true };
  if (loaded.state.status !== 'fixed') throw fail.conflict('责任单位还没有提交整改结果，整改完成后再来复查');
  const at = ctx.now.toISOString();
  const reporter = { kind: 'resident' as const, userId: loaded.state.reporterId };
  const next = await recordSteps(ctx.db, loaded, [
    { event: { type: 'confirmed', at, actor: reporter, note: '督查复查：已整改到位' }, extra: { recheckedBy: ctx.actor.userId } },
    { event: { type: 'closed', at, actor: reporter, note: '复查合格，销号' }, extra: { recheckedBy: ctx.actor.userId } },
  ]);
  await tellPeople(ctx, loaded, next, { doneBy: ctx.actor.userId });
  return { closed: true };
}

export const REOPENED_TITLE = '督查复查未通过，请重新整改';

/**
 * 复查未通过: a re-inspection finds the department's reported fix not done.
 * The case goes back to the same department at once with a new deadline
 * (限时督促 again), in three recorded steps — the inspection (the case's
 * reporter of record) disputes the fix with what it saw, the case reopens,
 * and it is assigned again — and the department's handlers hear of it as of a
 * new assignment. Refused before the department reported a fix, and after
 * the case was closed.
 */
export async function reopenInspectionCase(ctx: UseCaseContext, reportId: string, input: { reason: string; photos: string[]; deadline: Date }): Promise<{ reopened: true }> {
  const loaded = await loadCase(ctx.db, ctx.actor.countyId, reportId);
  if (loaded.row.foundBy !== 'inspection') throw fail.notFound('没有找到这个督查案件');
  if (loaded.state.status === 'closed' || loaded.state.status === 'confirmed') throw fail.conflict('这个问题已经复查销号了');
  if (loaded.state.status !== 'fixed') throw fail.conflict('责任单位还没有提交整改结果，整改完成后再来复查');
  const departmentId = loaded.state.departmentId;
  if (!departmentId) throw fail.conflict('这个案件没有责任单位，请联系指挥中心');
  await attachOwnPhotos(ctx.db, ctx.actor, input.photos);
  const at = ctx.now.toISOString();
  const reporter = { kind: 'resident' as const, userId: loaded.state.reporterId };
  const next = await recordSteps(ctx.db, loaded, [
    {
      event: { type: 'disputed', at, actor: reporter, reason: input.reason, note: `督查复查：${input.reason}`, photoIds: input.photos },
      photos: { stage: 'dispute', refs: input.photos },
      extra: { recheckedBy: ctx.actor.userId },
    },
    { event: { type: 'reopened', at, actor: { kind: 'system' }, note: '督查复查未通过，重新限时整改' } },
    {
      // Assigned, as at first, by the inspection of record: the timeline says 县创文督查组, never which inspector (recheckedBy holds that).
      event: { type: 'assigned', at, actor: { kind: 'admin', userId: loaded.state.reporterId }, departmentId, deadline: input.deadline.toISOString(), routed: null, reason: '督查复查未通过，重新限时整改' },
      extra: { recheckedBy: ctx.actor.userId },
    },
  ]);
  await tellPeople(ctx, loaded, next, { doneBy: ctx.actor.userId, handlerTitle: REOPENED_TITLE });
  return { reopened: true };
}
