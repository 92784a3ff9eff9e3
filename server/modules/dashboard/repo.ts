import { Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';
import type { Metric } from './domain/metrics';

/** How many rows one counter is spread over (migration 033): events at once mostly lock different rows. */
export const COUNTER_SLOTS = 16;

/**
 * Adds to one counter in the caller's transaction, in a slot picked at random.
 * The upsert takes that row's lock, so two events at once both land (no lost
 * increments); the lock is held to commit, and the slots keep the events of a
 * county from queueing behind each other.
 */
export async function addToCounter(db: Kysely<DB>, c: { countyId: string; areaId: string | null; day: string; metric: Metric; amount: number }): Promise<void> {
  const slot = Math.floor(Math.random() * COUNTER_SLOTS);
  await sql`
    insert into dashboard_daily_counts (county_id, area_id, day, metric, slot, amount)
    values (${c.countyId}, ${c.areaId}, ${c.day}::date, ${c.metric}, ${slot}, ${c.amount})
    on conflict on constraint dashboard_daily_counts_key
    do update set amount = dashboard_daily_counts.amount + excluded.amount`.execute(db);
}

/** The counters of a county (or of one 片区, plus the county-wide rows when `withCountyWide`) between two days, by the key's index. */
export async function countersBetween(
  db: Kysely<DB>,
  q: { countyId: string; from: string; to: string; areaId: string | null; withCountyWide: readonly Metric[] },
): Promise<{ day: string; metric: string; amount: number }[]> {
  let query = db
    .selectFrom('dashboardDailyCounts')
    .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'metric', sql<string>`sum(amount)`.as('amount')])
    .where('countyId', '=', q.countyId)
    .where('day', '>=', q.from)
    .where('day', '<=', q.to);
  if (q.areaId !== null) {
    const areaId = q.areaId;
    query = query.where((eb) =>
      q.withCountyWide.length === 0
        ? eb('areaId', '=', areaId)
        : eb.or([eb('areaId', '=', areaId), eb.and([eb('areaId', 'is', null), eb('metric', 'in', [...q.withCountyWide])])]),
    );
  }
  const rows = await query.groupBy(['day', 'metric']).execute();
  return rows.map((r) => ({ day: r.day, metric: r.metric, amount: Number(r.amount) }));
}
