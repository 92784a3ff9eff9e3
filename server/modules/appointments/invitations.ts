import type { Kysely } from 'kysely';
import { iso } from '../../core/clock';
import { newId } from '../../core/ids';
import type { DB } from '../../db/schema';
import { invitationPath, newInvitationCode, newInvitationToken } from './codes';
import type { InvitationView } from './contracts';
import { invitationState, ROLE_LABELS, SCOPE_OF_ROLE, type AppointableRole } from './domain/appointment-rules';
import { userNames } from '../identity/facade';
import * as repo from './repo';
import { insertInvitation, type InvitationRecord } from './repo';

/** An invitation with the name of whoever made it (null: the county's set-up). */
export type InvitationRow = InvitationRecord & { createdByName: string | null };

/** The invitations with their makers' names, asked of identity in one query. */
async function withCreators(db: Kysely<DB>, rows: InvitationRecord[]): Promise<InvitationRow[]> {
  const names = await userNames(db, rows.flatMap((r) => (r.createdBy ? [r.createdBy] : [])));
  return rows.map((r) => ({ ...r, createdByName: (r.createdBy && names.get(r.createdBy)) ?? null }));
}

async function withCreator(db: Kysely<DB>, row: InvitationRecord | undefined): Promise<InvitationRow | undefined> {
  return row && (await withCreators(db, [row]))[0];
}

/** The open invitation a typed code names (codes are unique only among open ones). */
export const invitationByCode = async (db: Kysely<DB>, code: string) => withCreator(db, await repo.invitationByCode(db, code));
export const invitationByToken = async (db: Kysely<DB>, token: string) => withCreator(db, await repo.invitationByToken(db, token));
export const invitationById = async (db: Kysely<DB>, id: string) => withCreator(db, await repo.invitationById(db, id));
/** Open invitations of the county, or of some of its scopes, newest first. */
export const openInvitations = async (db: Kysely<DB>, countyId: string, now: Date, scopeIds?: string[]) => withCreators(db, await repo.openInvitations(db, countyId, now, scopeIds));

const DAY_MS = 24 * 3_600_000;

/** Writes an invitation with a code no other open one has (drawing again on the rare clash). */
export async function createInvitation(
  db: Kysely<DB>,
  p: { countyId: string; role: AppointableRole; scopeId: string; note?: string; householdId?: string | null; createdBy: string | null; now: Date; days: number },
): Promise<{ id: string; code: string; token: string; expiresAt: Date }> {
  const expiresAt = new Date(p.now.getTime() + p.days * DAY_MS);
  for (let attempt = 0; attempt < 8; attempt++) {
    const row = { id: newId(), code: newInvitationCode(), token: newInvitationToken() };
    const written = await insertInvitation(db, {
      ...row,
      countyId: p.countyId,
      role: p.role,
      scopeType: SCOPE_OF_ROLE[p.role],
      scopeId: p.scopeId,
      note: p.note ?? '',
      householdId: p.householdId ?? null,
      createdBy: p.createdBy,
      createdAt: p.now,
      expiresAt,
    });
    if (written) return { ...row, expiresAt };
  }
  throw new Error('could not draw a free invitation code');
}

/** `homeLabel`: the captain's own room the invitation names ("1单元 301"), if any. */
export function invitationView(row: InvitationRow, scopeName: string, now: Date, homeLabel: string | null = null): InvitationView {
  const role = row.role as AppointableRole;
  return {
    id: row.id,
    role,
    roleLabel: ROLE_LABELS[role],
    scopeName,
    note: row.note,
    code: row.code,
    path: invitationPath(row.token, row.countyId),
    expiresAt: iso(row.expiresAt),
    state: invitationState(row, now),
    createdBy: row.createdByName ?? '创文指挥部',
    homeLabel,
  };
}
