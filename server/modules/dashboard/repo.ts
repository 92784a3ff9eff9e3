import { Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';
import type { AreaIdQuery } from '../places/facade';
import type { Metric } from './domain/metrics';

/** How many rows one counter is spread over (migration 033): events at once mostly lock different rows. */
export const COUNTER_SLOTS = 16;

/**
 * Adds to one counter in the caller's transaction, in a slot picked at random.
 * The upsert takes that row's lock, so two events at once both land (no lost
 * increments); the lock is held to commit, and the slots keep the events of a
 * county from queueing behind each other. The 片区 is an id, null (none), or
 * the places module's subquery (a person's home's 片区), read by this same
 * statement.
 */
export async function addToCounter(
  db: Kysely<DB>,
  c: { countyId: string; areaId: string | null | AreaIdQuery; day: string; metric: Metric; amount: number },
): Promise<void> {
  const slot = Math.floor(Math.random() * COUNTER_SLOTS);
  const area = c.areaId === null || typeof c.areaId === 'string' ? sql`${c.areaId}::uuid` : sql`(${c.areaId})`;
  await sql`
    insert into dashboard_daily_counts (county_id, area_id, day, metric, slot, amount)
    values (${c.countyId}, ${area}, ${c.day}::date, ${c.metric}, ${slot}, ${c.amount})
    on conflict on constraint dashboard_daily_counts_key
    do update set amount = dashboard_daily_counts.amount + excluded.amount`.execute(db);
}

/** The counters of a county (or of one 片区) between two days, summed by day, by the key's index. */
export async function countersBetween(
  db: Kysely<DB>,
  q: { countyId: string; from: string; to: string; areaId: string | null },
): Promise<{ day: string; metric: string; amount: number }[]> {
  let query = db
    .selectFrom('dashboardDailyCounts')
    .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'metric', sql<string>`sum(amount)`.as('amount')])
    .where('countyId', '=', q.countyId)
    .where('day', '>=', q.from)
    .where('day', '<=', q.to);
  if (q.areaId !== null) query = query.where('areaId', '=', q.areaId);
  const rows = await query.groupBy(['day', 'metric']).execute();
  return rows.map((r) => ({ day: r.day, metric: r.metric, amount: Number(r.amount) }));
}

/** The counters of a county between two days, summed by 片区 (null: 未划片区), by the key's index. */
export async function countersByArea(
  db: Kysely<DB>,
  q: { countyId: string; from: string; to: string },
): Promise<{ areaId: string | null; metric: string; amount: number }[]> {
  const rows = await db
    .selectFrom('dashboardDailyCounts')
    .select(['areaId', 'metric', sql<string>`sum(amount)`.as('amount')])
    .where('countyId', '=', q.countyId)
    .where('day', '>=', q.from)
    .where('day', '<=', q.to)
    .groupBy(['areaId', 'metric'])
    .execute();
  return rows.map((r) => ({ areaId: r.areaId, metric: r.metric, amount: Number(r.amount) }));
}
