import type { Kysely } from 'kysely';
import { iso } from '../../core/clock';
import { newId } from '../../core/ids';
import type { DB } from '../../db/schema';
import { invitationPath, newInvitationCode, newInvitationToken } from './codes';
import type { InvitationView } from './contracts';
import { invitationState, ROLE_LABELS, SCOPE_OF_ROLE, type AppointableRole } from './domain/appointment-rules';
import { insertInvitation, type InvitationRow } from './repo';

const DAY_MS = 24 * 3_600_000;

/** Writes an invitation with a code no other open one has (drawing again on the rare clash). */
export async function createInvitation(
  db: Kysely<DB>,
  p: { countyId: string; role: AppointableRole; scopeId: string; note?: string; createdBy: string | null; now: Date; days: number },
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
      createdBy: p.createdBy,
      createdAt: p.now,
      expiresAt,
    });
    if (written) return { ...row, expiresAt };
  }
  throw new Error('could not draw a free invitation code');
}

export function invitationView(row: InvitationRow, scopeName: string, now: Date): InvitationView {
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
  };
}
