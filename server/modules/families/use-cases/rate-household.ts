import type { UseCaseContext } from '../../../core/action';
import { holdsRoleIn, isCountyAdmin } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { householdPlaces } from '../../places/facade';
import type { HouseholdStars } from '../contracts';
import { starsOf, TEN_STAR_CRITERIA } from '../domain/ten-stars';
import { saveStars, starsOfHousehold } from '../repo';

function toStars(householdId: string, row: { criteria: boolean[]; stars: number; ratedAt: Date } | undefined): HouseholdStars {
  return {
    householdId,
    stars: row?.stars ?? 0,
    met: row ? TEN_STAR_CRITERIA.filter((_, i) => row.criteria[i]) : [],
    ratedAt: row ? iso(row.ratedAt) : null,
  };
}

/** 十星级文明户: staff of the household's community (or the command centre) rate it against the ten criteria; a new rating replaces the old, audited. */
export async function rateHousehold(ctx: UseCaseContext, input: { householdId: string; criteria: boolean[] }): Promise<HouseholdStars> {
  const { db, actor, now } = ctx;
  const [place] = await householdPlaces(db, actor.countyId, [input.householdId]);
  if (!place) throw fail.notFound('没有找到这户人家');
  const admin = isCountyAdmin(actor);
  if (!admin && !holdsRoleIn(actor, 'staff', place.communityId)) throw fail.forbidden('只有本社区的工作人员可以评定文明户');
  const stars = starsOf(input.criteria);
  await saveStars(db, { householdId: place.householdId, countyId: actor.countyId, criteria: input.criteria, stars, ratedBy: actor.userId, ratedAt: now });
  await recordAudit(db, actor, { role: admin ? 'admin' : 'staff', action: 'household.stars', subjectType: 'household', subjectId: place.householdId, data: { criteria: input.criteria, stars }, at: now });
  return toStars(place.householdId, { criteria: input.criteria, stars, ratedAt: now });
}

export async function householdStars({ db, actor }: UseCaseContext, input: { householdId: string }): Promise<HouseholdStars> {
  const [place] = await householdPlaces(db, actor.countyId, [input.householdId]);
  if (!place) throw fail.notFound('没有找到这户人家');
  return toStars(place.householdId, await starsOfHousehold(db, actor.countyId, place.householdId));
}
