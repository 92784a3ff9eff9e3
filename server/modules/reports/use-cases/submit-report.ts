import type { UseCaseContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { attachOwnPhotos } from '../../files/facade';
import { currentHome } from '../../households/facade';
import { locatePoint } from '../../places/facade';
import { tellNewCase } from '../case-step';
import type { SubmitResult } from '../contracts';
import type { SubmittedEvent } from '../domain/case-events';
import { route } from '../domain/routing';
import { apply } from '../domain/transition';
import { countEvent } from '../../dashboard/facade';
import { countReportOfDay, findActiveCategory, insertEvent, insertPhotos, insertReportOnce, reportByKey, routingRulesFor } from '../repo';
import { requireConsent } from '../../privacy/facade';

export interface SubmitInput {
  idempotencyKey: string;
  categoryId: string;
  description: string;
  latitude: number;
  longitude: number;
  address: string;
  anonymous: boolean;
  photos: string[];
}

export const DAILY_LIMIT_MESSAGE = '今天已经提交了20条随手拍，明天再来吧';

function isCheckViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23514';
}

/** Who a report is filed for, and on what terms. */
export interface FileReportOptions {
  /** The resident whose report it is: they follow it in their 随手拍 list, and their photos it carries. */
  reporterId: string;
  /** The case's community and area; by default the reporter's home's (null without one). */
  place?: { communityId: string | null; areaId: string | null };
  /** Someone who files it for the reporter (a captain turning a building matter into a report): kept on the submitted event, with a line for the timeline. */
  filedBy?: { userId: string; role: 'captain' | 'staff'; note: string; matterId: string };
  /** A resident's own submits count toward their 20 a day; one filed for them by someone else does not. */
  countsTowardDailyLimit: boolean;
}

/**
 * Files a report. Idempotent per (reporter, key): a retry — or 50 of them at
 * once — returns the first report, and only a report really created moves the
 * daily counter. Report, `submitted` event (seq 1) and photos are written in
 * the action's one transaction. The photos must be the reporter's own uploads.
 */
export async function fileReport(ctx: UseCaseContext, input: SubmitInput, options: FileReportOptions): Promise<SubmitResult> {
  const { db, actor, now } = ctx;
  const reporterId = options.reporterId;
  const category = await findActiveCategory(db, actor.countyId, input.categoryId);
  if (!category) throw fail.validation('请重新选择问题类型', [{ field: 'categoryId', message: '没有这个问题类型' }]);
  await attachOwnPhotos(db, { countyId: actor.countyId, userId: reporterId }, input.photos);

  const event: SubmittedEvent = { type: 'submitted', at: now.toISOString(), actor: { kind: 'resident', userId: reporterId } };
  const state = apply(null, event);

  // Where the problem is, not where the reporter lives: the community whose boundary holds the point (or
  // whose centre is nearest); the reporter's home only where the county has placed no community near it.
  let place = options.place;
  let locatedBy: 'boundary' | 'nearest' | 'home' | 'given' | null = place ? 'given' : null;
  if (!place) {
    const located = await locatePoint(db, actor.countyId, input.latitude, input.longitude);
    if (located) {
      place = { communityId: located.communityId, areaId: located.areaId };
      locatedBy = located.by;
    } else {
      const home = await currentHome(db, actor.countyId, reporterId);
      place = { communityId: home?.communityId ?? null, areaId: home?.areaId ?? null };
      locatedBy = home ? 'home' : null;
    }
  }
  const { communityId, areaId } = place;

  const reportId = newId();
  const created = await insertReportOnce(db, {
    id: reportId,
    countyId: actor.countyId,
    communityId,
    areaId,
    categoryId: category.id,
    reporterId,
    anonymous: input.anonymous,
    description: input.description,
    latitude: input.latitude,
    longitude: input.longitude,
    address: input.address,
    status: state.status,
    version: state.version,
    submittedAt: now,
    idempotencyKey: input.idempotencyKey,
  });
  if (!created) {
    const first = await reportByKey(db, reporterId, input.idempotencyKey);
    if (!first) throw fail.conflict('提交没有成功，请再试一次');
    return { reportId: first.id, status: first.status, alreadySubmitted: true };
  }

  if (options.countsTowardDailyLimit) {
    try {
      await countReportOfDay(db, { countyId: actor.countyId, reporterId, day: beijingDay(now) });
    } catch (error) {
      // The transaction is aborted: throwing rolls the report back too.
      if (isCheckViolation(error)) throw fail.rateLimited(DAILY_LIMIT_MESSAGE);
      throw error;
    }
  }

  await countEvent(db, { countyId: actor.countyId, metric: 'reports_in', at: now, areaId });

  // What the admin's rules propose; staff see it when they assign.
  const routed = route(await routingRulesFor(db, actor.countyId, category.id), { categoryId: category.id, areaId }, now);
  const filedBy = options.filedBy;
  await insertEvent(db, {
    id: newId(),
    countyId: actor.countyId,
    reportId,
    seq: state.version,
    type: event.type,
    actorKind: event.actor.kind,
    actorId: reporterId,
    departmentId: null,
    data: {
      routed: routed ? { departmentId: routed.departmentId, deadline: routed.deadline, deadlineHours: routed.deadlineHours } : null,
      locatedBy,
      ...(filedBy ? { note: filedBy.note, filedBy: { userId: filedBy.userId, role: filedBy.role }, matterId: filedBy.matterId } : {}),
    },
    at: now,
  });
  await insertPhotos(
    db,
    input.photos.map((fileRef, sort) => ({ reportId, countyId: actor.countyId, fileRef, stage: 'before' as const, sort })),
  );
  // A building matter turned into a report tells its own people (matters/use-cases/report-matter.ts): one message, not two.
  if (!filedBy) await tellNewCase(ctx, { id: reportId, countyId: actor.countyId, communityId, category: category.name, address: input.address }, [reporterId]);
  return { reportId, status: state.status, alreadySubmitted: false };
}

/**
 * A resident files a report of their own; it counts toward their 20 a day.
 * Its place is the phone's precise position: only with the reporter's separate
 * consent to that (the app asks before it locates).
 */
export async function submitReport(ctx: UseCaseContext, input: SubmitInput): Promise<SubmitResult> {
  await requireConsent(ctx.db, ctx.actor.userId, 'precise_location', 'locationConsent');
  return fileReport(ctx, input, { reporterId: ctx.actor.userId, countsTowardDailyLimit: true });
}
