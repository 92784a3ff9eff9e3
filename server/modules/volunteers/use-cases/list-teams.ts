import type { UseCaseContext } from '../../../core/action';
import type { TeamCard } from '../contracts';
import { teamsOfCounty } from '../repo';
import { toCards } from '../views';

/** The county's teams, standing teams first, with the caller's standing in each. */
export async function listTeams({ db, actor }: UseCaseContext): Promise<TeamCard[]> {
  return toCards(db, actor, await teamsOfCounty(db, actor.countyId));
}
