import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor';
import { iso } from '../../core/clock';
import type { DB } from '../../db/schema';
import { countyOf } from '../campaign/facade';
import type { InvitationPreview } from './contracts';
import { invitationState, ROLE_LABELS, type AppointableRole } from './domain/appointment-rules';
import type { InvitationRow } from './invitations';
import { describeScope } from './scopes';
import { homeLabels, roomsOfBuilding } from './homes';

/** Why this caller cannot take the post at all, whatever the invitation's state. */
export async function blockedBecause(db: Kysely<DB>, actor: Actor | null, countyId: string): Promise<string | null> {
  if (!actor) return null;
  if (actor.isMinor) return '孩子的账号不能担任职务，请让家长用自己的微信接受邀请';
  if (actor.countyId !== countyId) {
    const home = await countyOf(db, actor.countyId);
    return `您的微信已经加入了${home.name}，不能接受其他县的邀请。请换一个微信号，或请邀请人另请他人`;
  }
  return null;
}

/** What the invitee reads before accepting: who invites them to what, until when. */
export async function invitationPreview(db: Kysely<DB>, row: InvitationRow, actor: Actor | null, now: Date): Promise<InvitationPreview> {
  const role = row.role as AppointableRole;
  const state = invitationState(row, now);
  // A captain's open invitation: the room it names, or the building's rooms to pick one's own from.
  const offersHome = role === 'captain' && state === 'open';
  const [scope, county, blocked, homes, rooms] = await Promise.all([
    describeScope(db, row.countyId, role, row.scopeId),
    countyOf(db, row.countyId),
    blockedBecause(db, actor, row.countyId),
    homeLabels(db, row.countyId, [row.householdId]),
    offersHome && !row.householdId ? roomsOfBuilding(db, row.scopeId) : Promise.resolve([]),
  ]);
  return {
    id: row.id,
    roleLabel: ROLE_LABELS[role],
    scopeName: scope?.name ?? '',
    countyName: county.name,
    invitedBy: row.createdByName ?? `${county.name}创文指挥部`,
    note: row.note,
    expiresAt: iso(row.expiresAt),
    state,
    acceptedByYou: Boolean(actor && row.acceptedBy === actor.userId),
    blockedBecause: blocked,
    homeLabel: (row.householdId && homes.get(row.householdId)) || null,
    rooms,
  };
}
