import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import type { AppointableRole, InvitationView } from '../contracts';
import { appointRefusal, INVITATION_DAYS } from '../domain/appointment-rules';
import { createInvitation, invitationById, invitationView } from '../invitations';
import { describeScope } from '../scopes';
import { captainHome, roomLabel } from '../homes';

/**
 * A post offered by its code and link, to whoever opens it first within a
 * week. A captain's invitation may name the captain's own room in the
 * building (one the inviter's scope covers): whoever accepts is bound to it.
 */
export async function invite(ctx: UseCaseContext, input: { role: AppointableRole; scopeId: string; note?: string; householdId?: string }): Promise<InvitationView> {
  const { db, actor, now } = ctx;
  const scope = await describeScope(db, actor.countyId, input.role, input.scopeId);
  if (!scope) throw fail.validation('没有找到要任命的范围', [{ field: 'scopeId', message: '请重新选择社区、楼栋、单位或队伍' }]);
  const refusal = appointRefusal(actor, { role: input.role, scopeId: input.scopeId, communityId: scope.communityId });
  if (refusal) throw fail.forbidden(refusal);
  const home = input.householdId
    ? await captainHome(db, { countyId: actor.countyId, role: input.role, buildingId: input.scopeId, buildingName: scope.name, householdId: input.householdId, inviter: actor })
    : null;
  const created = await createInvitation(db, { countyId: actor.countyId, role: input.role, scopeId: input.scopeId, note: input.note, householdId: home?.householdId ?? null, createdBy: actor.userId, now, days: INVITATION_DAYS });
  await recordAudit(db, actor, {
    role: isCountyAdmin(actor) ? 'admin' : 'staff',
    action: 'appointment.invite',
    subjectType: 'invitation',
    subjectId: created.id,
    data: home ? { role: input.role, scopeId: input.scopeId, householdId: home.householdId } : { role: input.role, scopeId: input.scopeId },
    at: now,
  });
  const row = await invitationById(db, created.id);
  return invitationView(row!, scope.name, now, home ? roomLabel(home) : null);
}
