import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AssessmentRow } from './contracts';

export function weightRows(db: Kysely<DB>, countyId: string) {
  return db.selectFrom('assessmentWeights').select(['part', 'weight']).where('countyId', '=', countyId).execute();
}

/** Replaces the county's weights (one row per part). */
export async function saveWeights(db: Kysely<DB>, countyId: string, weights: Record<string, number>, by: string, at: Date): Promise<void> {
  await db.deleteFrom('assessmentWeights').where('countyId', '=', countyId).execute();
  await db
    .insertInto('assessmentWeights')
    .values(Object.entries(weights).map(([part, weight]) => ({ countyId, part, weight, updatedBy: by, updatedAt: at })))
    .execute();
}

export function findMonth(db: Kysely<DB>, countyId: string, month: string) {
  return db.selectFrom('assessmentMonths').selectAll().where('countyId', '=', countyId).where('month', '=', month).executeTakeFirst();
}

/** The month's published row; false when it was published already (the primary key: of two racing publishes, one writes). */
export async function insertMonth(db: Kysely<DB>, row: { countyId: string; month: string; weights: Record<string, number>; publishedBy: string; publishedAt: Date }): Promise<boolean> {
  const made = await db
    .insertInto('assessmentMonths')
    .values({ ...row, weights: JSON.stringify(row.weights) })
    .onConflict((oc) => oc.columns(['countyId', 'month']).doNothing())
    .returning('month')
    .executeTakeFirst();
  return made !== undefined;
}

export async function insertScores(db: Kysely<DB>, countyId: string, month: string, rows: AssessmentRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('assessmentScores')
    .values(
      rows.map((r) => ({
        countyId,
        month,
        communityId: r.communityId,
        communityName: r.communityName,
        areaName: r.areaName,
        rank: r.rank,
        total: r.total,
        parts: JSON.stringify(r.parts),
      })),
    )
    .execute();
}

/** A published month's frozen rows, ranked first, then those without data. */
export function scoresOf(db: Kysely<DB>, countyId: string, month: string) {
  return db
    .selectFrom('assessmentScores')
    .selectAll()
    .where('countyId', '=', countyId)
    .where('month', '=', month)
    .orderBy((eb) => eb.case().when('rank', 'is', null).then(1).else(0).end())
    .orderBy('rank')
    .orderBy('communityName')
    .execute();
}

export async function publishedMonths(db: Kysely<DB>, countyId: string): Promise<string[]> {
  const rows = await db.selectFrom('assessmentMonths').select('month').where('countyId', '=', countyId).orderBy('month', 'desc').limit(36).execute();
  return rows.map((r) => r.month);
}
