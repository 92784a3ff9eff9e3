import type { Kysely } from 'kysely';
import { fail } from '../../core/errors';
import type { DB } from '../../db/schema';
import { residentsOfHouseholds } from '../households/facade';
import { withUserNames } from '../identity/facade';
import { findBuilding, householdsOfUnits, unitsOfBuildings } from '../places/facade';
import * as repo from './repo';
import type { NoticeRecord } from './repo';

/**
 * Notices as the pages show them, and whom they reach: a notice with its
 * building's name and community (who manages a notice follows from its
 * building; asked of places), the audience's households (places) and who
 * lives in them (households), a version with the name of who made it
 * (identity) — one query per facade per list, in the caller's transaction
 * (under the notice's row lock where the use case took it).
 */
export type NoticeRow = NoticeRecord & { buildingName: string; communityId: string };

export async function loadNotice(db: Kysely<DB>, countyId: string, noticeId: string, lock = false): Promise<NoticeRow> {
  const n = await repo.noticeRecord(db, countyId, noticeId, lock);
  const building = await findBuilding(db, countyId, n.buildingId);
  if (!building) throw fail.notFound('没有找到这条通知');
  return { ...n, buildingName: building.name, communityId: building.communityId };
}

/** The notices with their buildings, from the buildings the caller already holds (those of another building left out). */
export function withBuildings<R extends NoticeRecord>(rows: R[], buildings: readonly { id: string; name: string; communityId: string }[]): (R & { buildingName: string; communityId: string })[] {
  const byId = new Map(buildings.map((b) => [b.id, b] as const));
  return rows.flatMap((r) => {
    const b = byId.get(r.buildingId);
    return b ? [{ ...r, buildingName: b.name, communityId: b.communityId }] : [];
  });
}

/** A building's units by name. */
export async function unitsOfBuilding(db: Kysely<DB>, buildingId: string): Promise<{ id: string; name: string }[]> {
  return (await unitsOfBuildings(db, [buildingId], { byName: true })).map((u) => ({ id: u.id, name: u.name }));
}

/** How many households the units hold (a notice's audience, fixed at posting). */
export async function countHouseholds(db: Kysely<DB>, unitIds: string[]): Promise<number> {
  return (await householdsOfUnits(db, unitIds)).length;
}

/** Every household of the audience's units, with its receipt if any, by unit and room. */
export async function householdReceipts(db: Kysely<DB>, noticeId: string, unitIds: string[]) {
  const [households, receipts] = await Promise.all([householdsOfUnits(db, unitIds), repo.receiptsOf(db, noticeId)]);
  return households.map((h) => ({ ...h, readAt: receipts.get(h.id)?.readAt ?? null, acknowledgedAt: receipts.get(h.id)?.acknowledgedAt ?? null }));
}

/** People living now in households of these units: who a notice speaks to; `onlyHouseholdsNotIn`: only households that have not read that notice. */
export async function residentsOfUnits(db: Kysely<DB>, unitIds: string[], onlyHouseholdsNotIn?: { noticeId: string }): Promise<{ userId: string; householdId: string }[]> {
  const [households, read] = await Promise.all([householdsOfUnits(db, unitIds), onlyHouseholdsNotIn ? repo.receiptsOf(db, onlyHouseholdsNotIn.noticeId) : new Map<string, unknown>()]);
  return residentsOfHouseholds(db, households.flatMap((h) => (read.has(h.id) ? [] : [h.id])));
}

/** Which of these households someone lives in now. */
export async function boundHouseholdIds(db: Kysely<DB>, householdIds: string[]): Promise<string[]> {
  return [...new Set((await residentsOfHouseholds(db, householdIds)).map((r) => r.householdId))];
}

/** The notice's versions in order, each with the name of who made it. */
export async function revisionsOf(db: Kysely<DB>, noticeId: string) {
  const rows = await withUserNames(db, await repo.revisionRecordsOf(db, noticeId), (v) => v.byUser, 'name');
  return rows.flatMap((r) => (r.name === null ? [] : [{ ...r, name: r.name }]));
}
