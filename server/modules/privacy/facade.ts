import type { Kysely } from 'kysely';
import { fail } from '../../core/errors';
import type { DB } from '../../db/schema';
import { CONSENT_PURPOSES, type ConsentPurpose } from './domain/consent-purposes';
import { insertConsent, liveConsent } from './repo';

export type { ConsentPurpose } from './domain/consent-purposes';

/** Whether the person has a live consent to the current text of the purpose. */
export async function hasConsent(db: Kysely<DB>, userId: string, purpose: ConsentPurpose): Promise<boolean> {
  const live = await liveConsent(db, userId, purpose);
  return live !== undefined && live.textVersion >= CONSENT_PURPOSES[purpose].version;
}

/** Records the consent given with another step (the volunteer form's own tick box), in that step's transaction. */
export function recordConsent(db: Kysely<DB>, c: { countyId: string; userId: string; purpose: ConsentPurpose; at: Date }): Promise<boolean> {
  return insertConsent(db, { ...c, textVersion: CONSENT_PURPOSES[c.purpose].version });
}

/**
 * Refuses a step that would collect the purpose's data without the person's
 * live consent. `field` names it for the app, which then shows the consent
 * sheet (the app asks before it collects; this is the server's backstop).
 */
export async function requireConsent(db: Kysely<DB>, userId: string, purpose: ConsentPurpose, field: string): Promise<void> {
  if (await hasConsent(db, userId, purpose)) return;
  const message = `请先同意“${CONSENT_PURPOSES[purpose].title}”`;
  throw fail.validation(message, [{ field, message }]);
}
