import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { deleteGrant, findGrant, lockedAdminCount } from '../../identity/facade';
import { deliver } from '../../inbox/facade';
import { appointRefusal, isAppointable, lastAdminRefusal, ROLE_LABELS } from '../domain/appointment-rules';
import { describeScope } from '../scopes';
import { sentence } from '../../../core/sentence';

/**
 * Takes a post back, with a reason the person reads; it stops working at their
 * next call (roles are read on every call). Only within the caller's scope,
 * and never the county's last admin.
 */
export async function revoke(ctx: UseCaseContext, input: { grantId: string; reason: string }): Promise<{ revoked: true }> {
  const { db, actor, now } = ctx;
  const grant = await findGrant(db, actor.countyId, input.grantId);
  if (!grant || !isAppointable(grant.role)) throw fail.notFound('没有找到这个职务，可能已经撤销了');
  const scope = await describeScope(db, actor.countyId, grant.role, grant.scopeId);
  const refusal = appointRefusal(actor, { role: grant.role, scopeId: grant.scopeId, communityId: scope?.communityId ?? null });
  if (refusal) throw fail.forbidden(refusal);
  if (grant.role === 'admin') {
    const last = lastAdminRefusal(grant.role, (await lockedAdminCount(db, actor.countyId)) - 1);
    if (last) throw fail.conflict(last);
  }
  if (!(await deleteGrant(db, grant.id))) throw fail.notFound('没有找到这个职务，可能已经撤销了');
  const label = `${scope?.name ?? ''}${ROLE_LABELS[grant.role]}`;
  await recordAudit(db, actor, {
    role: isCountyAdmin(actor) ? 'admin' : 'staff',
    action: 'appointment.revoke',
    subjectType: 'role_grant',
    subjectId: grant.id,
    data: { userId: grant.userId, role: grant.role, scopeId: grant.scopeId, reason: input.reason },
    at: now,
  });
  await deliver(db, actor.countyId, [{ userId: grant.userId, kind: 'appointment', title: '职务有变动', body: `您的“${label}”职务已撤销。原因：${sentence(input.reason)}`, sourceKey: `appointment-revoked:${grant.id}` }], now);
  return { revoked: true };
}
