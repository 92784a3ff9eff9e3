import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { scopesOf } from '../../../core/actor';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import { householdLabel, householdPlaces } from '../../places/facade';
import { canDecideBinding } from '../permissions';
import { closePending, findRequest, leaveCurrentHome } from '../repo';
import { sentence } from '../../../core/sentence';

export async function decideBinding(
  ctx: UseCaseContext,
  input: { requestId: string; decision: 'approve' | 'reject'; reason?: string },
): Promise<{ requestId: string; status: 'approved' | 'rejected' }> {
  const { db, actor, now } = ctx;
  const request = await findRequest(db, actor.countyId, input.requestId);
  if (!request) throw fail.notFound('没有找到这个申请');
  const [place] = await householdPlaces(db, actor.countyId, [request.householdId]);
  if (!place) throw fail.notFound('没有找到这个申请');
  const subject = { userId: request.userId, buildingId: place.buildingId, communityId: place.communityId };
  if (!canDecideBinding(actor, subject)) {
    throw fail.forbidden(request.userId === actor.userId ? '不能审核自己的申请' : '这个楼栋不归您管理，不能审核');
  }
  const role = scopesOf(actor, 'captain').includes(place.buildingId) ? 'captain' : 'staff';
  const status = input.decision === 'approve' ? 'approved' : 'rejected';
  // The applicant reads the reason; checked before anything is written.
  // The old home ends first (one home per person is a unique key); a failed decision below rolls it back.
  const left = status === 'approved' ? await leaveCurrentHome(db, request.userId, now, actor.userId) : undefined;
  const closed = await closePending(db, request.id, { status, reason: input.reason, by: actor.userId, role, at: now });
  if (!closed) throw fail.conflict('这个申请已经处理过了');
  if (left) {
    await recordAudit(db, actor, { role, action: 'household.left', subjectType: 'household_request', subjectId: left.id, data: { movedTo: request.id }, at: now });
  }
  await recordAudit(db, actor, {
    role,
    action: `household.${input.decision}`,
    subjectType: 'household_request',
    subjectId: request.id,
    data: input.reason ? { reason: input.reason } : {},
    at: now,
  });
  // The applicant hears the outcome: approved, their home is set; turned down, the reason and what to do.
  const label = householdLabel(place);
  const news =
    status === 'approved'
      ? { title: '住户绑定已通过', body: `您已绑定 ${label}，可以接收楼栋通知、签署居民公约了。`, link: '/pages/mine/index' }
      : { title: '住户绑定没有通过', body: `${label}：${sentence(input.reason ?? '楼长没有通过您的申请')}如有疑问，可以联系楼长或重新申请。`, link: '/features/household/pages/bind/index' };
  await deliver(db, actor.countyId, [{ userId: request.userId, kind: 'household', ...news, sourceKey: `binding:${request.id}:${status}` }], now);
  return { requestId: request.id, status };
}
