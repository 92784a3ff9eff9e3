import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { recordSystemAudit, type SystemActor } from '../../core/audit';
import { invitationPath } from './codes';
import { CLAIM_DAYS } from './domain/appointment-rules';
import { createInvitation } from './invitations';

/**
 * The county's first admin post, for its set-up (the county CLI, the setup
 * function): whoever opens the code first in WeChat becomes its admin.
 */
export async function createAdminClaim(db: Kysely<DB>, countyId: string, now: Date, by: SystemActor): Promise<{ id: string; code: string; path: string; expiresAt: Date }> {
  const created = await createInvitation(db, { countyId, role: 'admin', scopeId: countyId, note: '县创文指挥部管理员', createdBy: null, now, days: CLAIM_DAYS });
  // Audited without the code itself: the trail says a claim was issued, by which tool, until when.
  await recordSystemAudit(db, countyId, { by, action: 'appointment.claim_issued', subjectType: 'invitation', subjectId: created.id, data: { role: 'admin', expiresAt: created.expiresAt.toISOString() }, at: now });
  return { id: created.id, code: created.code, path: invitationPath(created.token, countyId), expiresAt: created.expiresAt };
}

/** Six digits a person can read out and type: also a child's link code. */
export { newInvitationCode as newSixDigitCode } from './codes';
/** One WeChat user's wrong codes in a Beijing day, shared by every six-digit code they may type (invitations, a child's link). */
export { countWrongCode, wrongCodesToday } from './repo';
export { CODE_ATTEMPTS_PER_DAY } from './domain/appointment-rules';
