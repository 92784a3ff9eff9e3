import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../domain/consent-purposes';
import { insertConsent, liveConsent, markWithdrawn } from '../repo';

/**
 * The person agrees, on the sheet that explained the purpose, before the app
 * collects that data. Agreeing twice (a double tap) keeps one consent; an
 * agreement to an older text is replaced by this one.
 */
export async function giveConsent(ctx: UseCaseContext, input: { purpose: ConsentPurpose }): Promise<{ given: true }> {
  const { db, actor, now } = ctx;
  const { version } = CONSENT_PURPOSES[input.purpose];
  const live = await liveConsent(db, actor.userId, input.purpose);
  if (live && live.textVersion >= version) return { given: true };
  if (live) await markWithdrawn(db, actor.userId, input.purpose, now);
  if (await insertConsent(db, { countyId: actor.countyId, userId: actor.userId, purpose: input.purpose, textVersion: version, at: now })) {
    await recordAudit(db, actor, { role: actor.isMinor ? 'minor' : 'resident', action: 'privacy.consent', subjectType: 'user', subjectId: actor.userId, data: { purpose: input.purpose, textVersion: version }, at: now });
  }
  return { given: true };
}
