import type { Kysely } from 'kysely';
import type { UseCaseContext } from '../../core/action';
import { newId } from '../../core/ids';
import type { DB } from '../../db/schema';
import { STAFF_FILTERS } from './domain/case-states';
import { DEFAULT_CATEGORIES } from './domain/default-categories';
import type { SubmitResult } from './contracts';
import { commandCaseCountsOf, handlerCaseCountsOf, insertCategories, staffCaseCountsOf } from './repo';
import { fileReport } from './use-cases/submit-report';

/** What other modules may ask of 随手拍. */

export interface ReportForResident {
  /** The resident whose report it becomes: they follow it in their own 随手拍 list. */
  residentId: string;
  /** Makes the filing idempotent for this resident (e.g. derived from the thing being turned into a report). */
  idempotencyKey: string;
  categoryId: string;
  description: string;
  /** The resident's own uploads (checked: a report carries only its reporter's photos). */
  photos: string[];
  latitude: number;
  longitude: number;
  address: string;
  /** The case's community and area (where the problem is), not the resident's current home. */
  place: { communityId: string; areaId: string | null };
  /** Who files it for the resident, and the line the case's timeline shows for it. */
  filedBy: { role: 'captain' | 'staff'; note: string; matterId: string };
}

/**
 * Files a 随手拍 report on behalf of a resident — a captain turning a building
 * matter into a case for a department, without the resident typing it again.
 * The same code path as a resident's own submit (one function), except that it
 * does not count toward the resident's 20 a day and the submitted event names
 * who filed it. Runs in the caller's transaction.
 */
export function fileReportForResident(ctx: UseCaseContext, input: ReportForResident): Promise<SubmitResult> {
  return fileReport(
    ctx,
    {
      idempotencyKey: input.idempotencyKey,
      categoryId: input.categoryId,
      description: input.description,
      latitude: input.latitude,
      longitude: input.longitude,
      address: input.address,
      anonymous: false,
      photos: input.photos,
    },
    {
      reporterId: input.residentId,
      place: input.place,
      filedBy: { userId: ctx.actor.userId, ...input.filedBy },
      countsTowardDailyLimit: false,
    },
  );
}

/** A new county's problem types, in order, with no routing yet (its departments come later). */
export async function createDefaultCategories(db: Kysely<DB>, countyId: string): Promise<void> {
  await insertCategories(
    db,
    DEFAULT_CATEGORIES.map((c, i) => ({ id: newId(), countyId, name: c.name, sort: i + 1, active: true })),
  );
}
export { reportsByReporter } from './repo';

/**
 * 工作台 for community staff: `toAccept` is what 案件受理's default filter
 * (待受理) lists for these communities — new cases to accept or assign, and
 * returned or disputed ones to reassign; `overdue` their working cases past
 * the deadline, as the command centre's overdue list counts them. One query.
 */
export async function staffCaseCounts(db: Kysely<DB>, countyId: string, communityIds: readonly string[], now: Date): Promise<{ toAccept: number; overdue: number }> {
  if (communityIds.length === 0) return { toAccept: 0, overdue: 0 };
  return staffCaseCountsOf(db, countyId, communityIds, STAFF_FILTERS.waiting, now);
}

/** 工作台 for a department's handlers: what 我的工单 lists as 已派单 (to start) and 处理中, and of those the ones past the deadline. One query. */
export async function handlerCaseCounts(db: Kysely<DB>, countyId: string, departmentIds: readonly string[], now: Date): Promise<{ toStart: number; inProgress: number; overdue: number }> {
  if (departmentIds.length === 0) return { toStart: 0, inProgress: 0, overdue: 0 };
  return handlerCaseCountsOf(db, countyId, departmentIds, now);
}

/**
 * 工作台 for the command centre: `unclaimed` the cases waiting for staff (the
 * queue's 待受理 states) that no community covers, so no community's staff
 * will pick them up; `overdue` what its overdue list shows. One query.
 */
export function commandCaseCounts(db: Kysely<DB>, countyId: string, now: Date): Promise<{ unclaimed: number; overdue: number }> {
  return commandCaseCountsOf(db, countyId, STAFF_FILTERS.waiting, now);
}

/** 督查暗访: a failed item becomes an assigned case; a re-inspection that finds it rectified closes it. */
export { openInspectionCase, closeInspectionCase, reopenInspectionCase, INSPECTION_CATEGORY } from './use-cases/inspection-case';
export type { InspectionCaseInput } from './use-cases/inspection-case';

/** The monthly assessment (issue 16): per community, cases due and fixed on time, and residents' ratings, for a month. */
export { communityHandlingOf as communityHandling } from './repo';
