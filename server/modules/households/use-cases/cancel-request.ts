import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { closePending, findRequest } from '../repo';

export async function cancelRequest(
  { db, actor, now }: UseCaseContext,
  input: { requestId: string },
): Promise<{ requestId: string; status: 'cancelled' }> {
  const request = await findRequest(db, actor.countyId, input.requestId);
  if (!request || request.userId !== actor.userId) throw fail.notFound('没有找到这个申请');
  const closed = await closePending(db, request.id, { status: 'cancelled', by: actor.userId, role: 'resident', at: now });
  if (!closed) throw fail.conflict('这个申请已经处理过了，不能撤回');
  await recordAudit(db, actor, { role: 'resident', action: 'household.cancel', subjectType: 'household_request', subjectId: request.id, at: now });
  return { requestId: request.id, status: 'cancelled' };
}
