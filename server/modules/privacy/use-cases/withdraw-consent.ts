import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../domain/consent-purposes';
import { markWithdrawn } from '../repo';

/**
 * 撤回同意: from now on the app asks again before it collects that data, and
 * the server refuses it until then. What was collected before stays with the
 * records it belongs to (a report keeps its place). A volunteer's real name and
 * phone cannot be withdrawn while they volunteer: 注销账号 removes them.
 */
export async function withdrawConsent(ctx: UseCaseContext, input: { purpose: ConsentPurpose }): Promise<{ withdrawn: boolean }> {
  const { db, actor, now } = ctx;
  if (!CONSENT_PURPOSES[input.purpose].withdrawable) throw fail.validation('志愿者的真实姓名和手机号要在注销账号时删除', [{ field: 'purpose', message: '这项同意不能单独撤回' }]);
  const withdrawn = await markWithdrawn(db, actor.userId, input.purpose, now);
  if (withdrawn) {
    await recordAudit(db, actor, { role: actor.isMinor ? 'minor' : 'resident', action: 'privacy.withdrawConsent', subjectType: 'user', subjectId: actor.userId, data: { purpose: input.purpose }, at: now });
  }
  return { withdrawn };
}
