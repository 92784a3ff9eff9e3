import type { Kysely } from 'kysely';
import { isCountyAdmin, scopesOf, type Actor } from '../../core/actor';
import type { DB } from '../../db/schema';

/** The buildings the caller looks after: a captain's own, a staff member's community's, every one for the command centre. */
export async function managedBuildings(db: Kysely<DB>, actor: Actor) {
  const captainOf = scopesOf(actor, 'captain');
  const staffOf = scopesOf(actor, 'staff');
  const admin = isCountyAdmin(actor);
  if (!admin && captainOf.length === 0 && staffOf.length === 0) return [];
  return db
    .selectFrom('buildings as b')
    .innerJoin('communities as c', 'c.id', 'b.communityId')
    .select(['b.id', 'b.name', 'b.communityId', 'c.name as communityName'])
    .where('b.countyId', '=', actor.countyId)
    .$if(!admin, (q) =>
      q.where((eb) => eb.or([...(captainOf.length ? [eb('b.id', 'in', captainOf)] : []), ...(staffOf.length ? [eb('b.communityId', 'in', staffOf)] : [])])),
    )
    .orderBy('c.name')
    .orderBy('b.name')
    .execute();
}
