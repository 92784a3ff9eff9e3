import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { invitationPath } from './codes';
import { CLAIM_DAYS } from './domain/appointment-rules';
import { createInvitation } from './invitations';

/**
 * The county's first admin post, for its set-up (the county CLI, the setup
 * function): whoever opens the code first in WeChat becomes its admin.
 */
export async function createAdminClaim(db: Kysely<DB>, countyId: string, now: Date): Promise<{ code: string; path: string; expiresAt: Date }> {
  const created = await createInvitation(db, { countyId, role: 'admin', scopeId: countyId, note: '县创文指挥部管理员', createdBy: null, now, days: CLAIM_DAYS });
  return { code: created.code, path: invitationPath(created.token, countyId), expiresAt: created.expiresAt };
}

/** Six digits a person can read out and type: also a child's link code. */
export { newInvitationCode as newSixDigitCode } from './codes';
/** One WeChat user's wrong codes in a Beijing day, shared by every six-digit code they may type (invitations, a child's link). */
export { countWrongCode, wrongCodesToday } from './repo';
export { CODE_ATTEMPTS_PER_DAY } from './domain/appointment-rules';
