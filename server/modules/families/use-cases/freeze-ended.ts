import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { campaignsToFreeze, freezeResults } from '../repo';

/** The scheduler's pass: every campaign whose voting has ended gets its ranking frozen (once). */
export async function freezeEndedCampaigns(db: Kysely<DB>, now: Date): Promise<number> {
  const ended = await campaignsToFreeze(db, now);
  for (const c of ended) await db.transaction().execute((trx) => freezeResults(trx, c.id, now));
  return ended.length;
}
