import type { NewcomerContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { actorByOpenid, grantRole, registerResident } from '../../identity/facade';
import { deliver } from '../../inbox/facade';
import type { AcceptResult } from '../contracts';
import { CLOSED_MESSAGES, invitationState, ROLE_LABELS, SCOPE_OF_ROLE, type AppointableRole } from '../domain/appointment-rules';
import { blockedBecause } from '../preview';
import { invitationById, takeInvitation } from '../repo';
import { describeScope } from '../scopes';
import { captainHome } from '../homes';
import { bindInvitedCaptain, currentHome } from '../../households/facade';
import { householdLabel } from '../../places/facade';
import type { HouseholdRelation } from '../../../db/schema';

/**
 * The invitee takes the post. Holding the code or the link is the proof; a
 * WeChat user the server has not met becomes a resident of the invitation's
 * county first. Of twenty racing accepts one takes the invitation (a
 * conditional update); the same person's other taps answer the post they now
 * hold, anyone else's are refused. The inviter is told.
 *
 * A captain who lives in the building is bound to their room in the same
 * step: the room the invitation names, or the one they pick (我也住在这栋楼),
 * checked to be in the building before anything is written. Only the accept
 * that takes the invitation binds, so racing accepts give one binding too.
 */
export async function acceptInvitation(ctx: NewcomerContext, input: { invitationId: string; secret: string; householdId?: string; relation?: HouseholdRelation }): Promise<AcceptResult> {
  const { db, now, openid } = ctx;
  const row = await invitationById(db, input.invitationId);
  if (!row || (input.secret !== row.code && input.secret !== row.token)) throw fail.notFound('邀请码不对，请核对后重新输入');
  const blocked = await blockedBecause(db, ctx.actor, row.countyId);
  if (blocked) throw fail.forbidden(blocked);
  let actor = ctx.actor;
  if (!actor) {
    await registerResident(db, row.countyId, openid);
    actor = await actorByOpenid(db, openid, ctx.now);
    if (!actor) throw fail.unauthenticated();
  }
  const role = row.role as AppointableRole;
  const scope = await describeScope(db, row.countyId, role, row.scopeId);
  const result = (alreadyHeld: boolean, boundHome: string | null): AcceptResult => ({ roleLabel: ROLE_LABELS[role], scopeName: scope?.name ?? '', alreadyHeld, boundHome });
  const held = async () => {
    const home = await currentHome(db, row.countyId, actor!.userId);
    return result(true, home ? householdLabel(home) : null);
  };
  if (row.acceptedBy === actor.userId) return held();
  if (row.householdId && input.householdId && input.householdId !== row.householdId) {
    throw fail.validation('邀请里已经写明了您家的房号，不用再选', [{ field: 'householdId', message: '邀请里已经写明了您家的房号，不用再选' }]);
  }
  const homeId = row.householdId ?? input.householdId;
  const home = homeId ? await captainHome(db, { countyId: row.countyId, role, buildingId: row.scopeId, buildingName: scope?.name ?? '这栋楼', householdId: homeId }) : null;
  const state = invitationState(row, now);
  // Taken by someone else is a conflict (whether they got there long before or a moment before); past or withdrawn is closed.
  if (state === 'accepted') throw fail.conflict(CLOSED_MESSAGES.accepted);
  if (state !== 'open') throw fail.closed(CLOSED_MESSAGES[state]);
  if (!(await takeInvitation(db, row.id, actor.userId, now))) {
    // Another accept got there first: ours if it was this person's other tap.
    const again = await invitationById(db, row.id);
    if (again?.acceptedBy === actor.userId) return held();
    throw fail.conflict(CLOSED_MESSAGES.accepted);
  }
  await grantRole(db, { countyId: row.countyId, userId: actor.userId, role, scopeType: SCOPE_OF_ROLE[role], scopeId: row.scopeId, grantedBy: row.createdBy });
  await recordAudit(db, actor, { role, action: 'appointment.accept', subjectType: 'invitation', subjectId: row.id, data: { role, scopeId: row.scopeId, invitedBy: row.createdBy }, at: now });
  if (home) await bindInvitedCaptain(db, actor, { place: home, relation: input.relation ?? 'owner', invitationId: row.id, invitedBy: row.createdBy, now });
  if (row.createdBy) {
    await deliver(
      db,
      row.countyId,
      [
        {
          userId: row.createdBy,
          kind: 'appointment',
          title: '邀请已被接受',
          body: `${actor.name}接受了您的邀请，成为${scope?.name ?? ''}${ROLE_LABELS[role]}。`,
          link: '/features/appointments/pages/holders/index',
          sourceKey: `appointment:${row.id}:accepted`,
        },
      ],
      now,
    );
  }
  return result(false, home ? householdLabel(home) : null);
}
