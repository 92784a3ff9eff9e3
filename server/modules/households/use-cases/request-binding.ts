import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import type { HouseholdRelation } from '../../../db/schema';
import { findHousehold, insertRequest, requestsOfUser } from '../repo';

export async function requestBinding(
  { db, actor, now }: UseCaseContext,
  input: { householdId: string; relation: HouseholdRelation },
): Promise<{ requestId: string; status: 'pending' }> {
  const household = await findHousehold(db, actor.countyId, input.householdId);
  if (!household) throw fail.notFound('没有找到这个房号，请重新选择');
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
  return { requestId, status: 'pending' };
}
