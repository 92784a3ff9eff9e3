import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import type { HouseholdRelation } from '../../../db/schema';
import { postsInCounty } from '../../identity/facade';
import { deliver } from '../../inbox/facade';
import { householdLabel, householdPlaces } from '../../places/facade';
import { insertRequest, requestsOfUser } from '../repo';

const QUEUE = '/features/captain/pages/queue/index';

export async function requestBinding(
  { db, actor, now }: UseCaseContext,
  input: { householdId: string; relation: HouseholdRelation },
): Promise<{ requestId: string; status: 'pending' }> {
  const [place] = await householdPlaces(db, actor.countyId, [input.householdId]);
  if (!place) throw fail.notFound('没有找到这个房号，请重新选择');
  const mine = await requestsOfUser(db, actor.userId);
  if (mine.some((r) => r.status === 'pending')) {
    throw fail.conflict('您已有一个待审核的申请，请等待楼长审核或先撤回');
  }
  if (mine.some((r) => r.status === 'approved' && r.householdId === input.householdId)) {
    throw fail.conflict('您已经绑定了这一户');
  }
  // The partial unique index still refuses a second pending request that races past the read above.
  const requestId = await insertRequest(db, { countyId: actor.countyId, householdId: input.householdId, userId: actor.userId, relation: input.relation, at: now });
  await recordAudit(db, actor, { role: 'resident', action: 'household.request', subjectType: 'household_request', subjectId: requestId, data: { householdId: input.householdId, relation: input.relation }, at: now });
  // The building's captains review it; where the building has none yet, its community's staff do.
  const captains = await postsInCounty(db, actor.countyId, ['captain'], [place.buildingId]);
  const reviewers = captains.length ? captains : await postsInCounty(db, actor.countyId, ['staff'], [place.communityId]);
  const body = `${actor.name}申请绑定 ${householdLabel(place)}`;
  await deliver(
    db,
    actor.countyId,
    [...new Set(reviewers.map((r) => r.userId))].filter((userId) => userId !== actor.userId).map((userId) => ({ userId, kind: 'household', title: '新的住户绑定申请', body, link: QUEUE, sourceKey: `binding:${requestId}:new` })),
    now,
  );
  return { requestId, status: 'pending' };
}
