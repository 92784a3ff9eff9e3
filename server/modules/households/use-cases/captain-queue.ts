import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { householdLabel } from '../../places/facade';
import type { QueueItem } from '../contracts';
import { reviewScopes } from '../permissions';
import { queueForScopes } from '../rows';

export async function captainQueue(
  { db, actor }: UseCaseContext,
  input: { status: 'pending' | 'decided' },
): Promise<QueueItem[]> {
  const scopes = reviewScopes(actor);
  if (scopes.buildingIds.length === 0 && scopes.communityIds.length === 0) {
    throw fail.forbidden('只有楼长或社区工作人员可以审核住户绑定');
  }
  const rows = await queueForScopes(db, actor.countyId, scopes, input.status);
  // The captain must recognise who asks to live in their building: the full name, and a phone to call while it waits.
  return rows.map((r) => ({
    requestId: r.id,
    householdLabel: householdLabel(r),
    applicantName: r.applicantName,
    ...(r.status === 'pending' && r.applicantPhone ? { applicantPhone: r.applicantPhone } : {}),
    relation: r.relation,
    requestedAt: iso(r.requestedAt),
    status: r.status,
    ...(r.reason ? { reason: r.reason } : {}),
  }));
}
