import type { Kysely } from 'kysely';
import { beijingDay } from '../../core/clock';
import type { DB } from '../../db/schema';
import { findCommunity, type AreaIdQuery } from '../places/facade';
import type { Metric } from './domain/metrics';
import { addToCounter } from './repo';

export type { Metric } from './domain/metrics';

/**
 * Counts one event on the command centre's dashboard, in the event's own
 * transaction (pass the use case's `db`): a failed request writes neither.
 * Give the 片区 when the event has one (an id, or a subquery that selects it,
 * e.g. households' `homeAreaQuery` for a person's home, read in the counter's
 * own statement), or its community and the 片区 is looked up; with none it
 * counts under 未划片区 (area null): in the county's totals, in no 片区's. `at` is the
 * event's time (its Beijing day is used) or a Beijing day itself.
 */
export async function countEvent(
  db: Kysely<DB>,
  e: { countyId: string; metric: Metric; at: Date | string; areaId?: string | null | AreaIdQuery; communityId?: string | null; amount?: number },
): Promise<void> {
  const amount = e.amount ?? 1;
  if (amount <= 0) return;
  let areaId: string | null | AreaIdQuery = e.areaId ?? null;
  if (areaId === null && e.communityId) areaId = (await findCommunity(db, e.countyId, e.communityId))?.areaId ?? null;
  const day = typeof e.at === 'string' ? e.at.slice(0, 10) : beijingDay(e.at);
  await addToCounter(db, { countyId: e.countyId, areaId, day, metric: e.metric, amount });
}
