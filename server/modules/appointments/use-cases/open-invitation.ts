import type { NewcomerContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import { fail } from '../../../core/errors';
import type { OpenResult } from '../contracts';
import { CODE_ATTEMPTS_PER_DAY } from '../domain/appointment-rules';
import { invitationByCode, invitationByToken } from '../invitations';
import { countWrongCode, wrongCodesToday } from '../repo';
import { invitationPreview } from '../preview';

const TOO_MANY = '输错太多次了，请明天再试，或请邀请人把邀请直接发到您的微信';

/**
 * The invitee opens an invitation by its typed code or its link. A wrong code
 * counts against the person's ten a day (the count commits: this answers
 * `found: false` rather than failing), so codes cannot be guessed.
 */
export async function openInvitation(ctx: NewcomerContext, input: { code?: string; token?: string }): Promise<OpenResult> {
  const { db, actor, now, openid } = ctx;
  if (input.token) {
    const row = await invitationByToken(db, input.token);
    return row ? { found: true, invitation: await invitationPreview(db, row, actor, now) } : { found: false, attemptsLeft: CODE_ATTEMPTS_PER_DAY };
  }
  const day = beijingDay(now);
  const used = await wrongCodesToday(db, openid, day);
  if (used >= CODE_ATTEMPTS_PER_DAY) throw fail.rateLimited(TOO_MANY);
  const row = await invitationByCode(db, input.code!);
  if (row) return { found: true, invitation: await invitationPreview(db, row, actor, now) };
  const count = await countWrongCode(db, openid, day);
  return { found: false, attemptsLeft: Math.max(0, CODE_ATTEMPTS_PER_DAY - count) };
}
