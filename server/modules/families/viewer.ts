import type { Kysely } from 'kysely';
import { Actor, isCountyAdmin, scopesOf } from '../../core/actor';
import type { DB } from '../../db/schema';
import { currentHome } from '../households/facade';
import { wardsOf } from '../identity/facade';
import type { ViewerFacts } from './domain/nomination-rules';

/** What the nomination rules need to know about the caller, read on the server. */
export async function viewerFacts(db: Kysely<DB>, actor: Actor): Promise<ViewerFacts> {
  const [home, wards] = await Promise.all([currentHome(db, actor.countyId, actor.userId), wardsOf(db, actor.userId)]);
  return {
    userId: actor.userId,
    isMinor: actor.isMinor,
    householdId: home?.householdId ?? null,
    wards: wards.map((w) => w.id),
    staffCommunities: scopesOf(actor, 'staff'),
    isAdmin: isCountyAdmin(actor),
  };
}
