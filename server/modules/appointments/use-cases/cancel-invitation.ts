import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { CLOSED_MESSAGES, invitationState } from '../domain/appointment-rules';
import { cancelOpenInvitation, invitationById } from '../repo';

/** The inviter (or an admin) withdraws an invitation nobody has accepted: its code and link stop working. */
export async function cancelInvitation(ctx: UseCaseContext, input: { invitationId: string }): Promise<{ cancelled: true }> {
  const { db, actor, now } = ctx;
  const row = await invitationById(db, input.invitationId);
  if (!row || row.countyId !== actor.countyId) throw fail.notFound('没有找到这个邀请');
  if (row.createdBy !== actor.userId && !isCountyAdmin(actor)) throw fail.forbidden('只有发出邀请的人或创文办能撤回它');
  const state = invitationState(row, now);
  if (state === 'accepted' || state === 'cancelled') throw fail.conflict(CLOSED_MESSAGES[state]);
  if (!(await cancelOpenInvitation(db, row.id, actor.userId, now))) throw fail.conflict(CLOSED_MESSAGES.accepted);
  await recordAudit(db, actor, { role: isCountyAdmin(actor) ? 'admin' : 'staff', action: 'appointment.cancel', subjectType: 'invitation', subjectId: row.id, at: now });
  return { cancelled: true };
}
