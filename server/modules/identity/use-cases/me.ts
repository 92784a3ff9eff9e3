import type { UseCaseContext } from '../../../core/action';
import { maskName } from '../../../core/mask';
import { countyOf } from '../../campaign/facade';
import { currentHome, pendingHomeOf } from '../../households/facade';
import { householdLabel, namesOfScopes } from '../../places/facade';
import type { Me } from '../contracts';
import { guardiansOf, profileOf, wardsOf } from '../repo';

export async function me({ db, actor }: UseCaseContext): Promise<Me> {
  const [county, home, pending, guardians, wards, scopeNames, profile] = await Promise.all([
    countyOf(db, actor.countyId),
    currentHome(db, actor.countyId, actor.userId),
    pendingHomeOf(db, actor.countyId, actor.userId),
    guardiansOf(db, actor.userId),
    wardsOf(db, actor.userId),
    namesOfScopes(db, actor.countyId, [...new Set(actor.roles.map((g) => g.scopeId))]),
    profileOf(db, actor.userId),
  ]);
  return {
    user: { id: actor.userId, name: actor.name, maskedName: maskName(actor.name), isMinor: actor.isMinor, avatarRef: profile.avatarRef ?? null, phone: profile.phone },
    county,
    roles: actor.roles.map((g) => ({ ...g, scopeName: scopeNames.get(g.scopeId) ?? '' })),
    household: home
      ? { id: home.householdId, label: householdLabel(home), communityId: home.communityId, communityName: home.communityName, buildingId: home.buildingId }
      : null,
    pendingHousehold: pending ? { label: householdLabel(pending) } : null,
    guardians: guardians.map((g) => ({ name: g.name })),
    wards: wards.map((w) => ({ id: w.id, name: w.name })),
  };
}
