import type { Kysely } from 'kysely';
import type { Actor } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import type { DB, HouseholdRelation } from '../../../db/schema';
import type { HouseholdPlace } from '../../places/facade';
import { cancelPendingOf, insertVouchedBinding, leaveCurrentHome, requestsOfUser } from '../repo';

/**
 * A building's new captain lives there too: accepting the invitation binds
 * them to their room at once, the inviter vouching for them (no captain's
 * review: they are the captain). It is an approved binding like any other;
 * an old home ends, an open request is withdrawn. Already bound to this room:
 * nothing changes. The captain reads the home on the accept page (the person
 * who caused an event is not told of it in 消息). The appointments module checked the room is in the
 * invitation's building; the caller's transaction holds it all.
 */
export async function bindInvitedCaptain(
  db: Kysely<DB>,
  actor: Actor,
  p: { place: HouseholdPlace; relation: HouseholdRelation; invitationId: string; invitedBy: string | null; now: Date },
): Promise<{ bindingId: string; alreadyBound: boolean }> {
  const { place, now } = p;
  const current = (await requestsOfUser(db, actor.userId)).find((r) => r.status === 'approved');
  if (current?.householdId === place.householdId) return { bindingId: current.id, alreadyBound: true };
  const left = await leaveCurrentHome(db, actor.userId, now, actor.userId);
  if (left) await recordAudit(db, actor, { role: 'captain', action: 'household.left', subjectType: 'household_request', subjectId: left.id, data: { movedBy: 'invitation', invitationId: p.invitationId }, at: now });
  const withdrawn = await cancelPendingOf(db, actor.userId, now);
  if (withdrawn) await recordAudit(db, actor, { role: 'captain', action: 'household.cancel', subjectType: 'household_request', subjectId: withdrawn.id, data: { reason: 'bound by invitation', invitationId: p.invitationId }, at: now });
  const bindingId = await insertVouchedBinding(db, { countyId: actor.countyId, householdId: place.householdId, userId: actor.userId, relation: p.relation, vouchedBy: p.invitedBy, vouchedRole: 'inviter', at: now });
  await recordAudit(db, actor, {
    role: 'captain',
    action: 'household.bound_by_invitation',
    subjectType: 'household_request',
    subjectId: bindingId,
    data: { householdId: place.householdId, relation: p.relation, invitationId: p.invitationId, vouchedBy: p.invitedBy },
    at: now,
  });
  return { bindingId, alreadyBound: false };
}
