import type { Kysely } from 'kysely';
import { isCountyAdmin, scopesOf, type Actor } from '../../core/actor';
import type { DB } from '../../db/schema';
import { buildingsInScope } from '../places/facade';

/** The buildings the caller looks after: a captain's own, a staff member's community's, every one for the command centre. */
export async function managedBuildings(db: Kysely<DB>, actor: Actor) {
  const captainOf = scopesOf(actor, 'captain');
  const staffOf = scopesOf(actor, 'staff');
  const admin = isCountyAdmin(actor);
  if (!admin && captainOf.length === 0 && staffOf.length === 0) return [];
  return buildingsInScope(db, actor.countyId, admin ? 'county' : { buildingIds: captainOf, communityIds: staffOf });
}
