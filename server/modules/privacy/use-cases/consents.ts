import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import type { ConsentView } from '../contracts';
import { CONSENT_PURPOSES, PURPOSE_KEYS } from '../domain/consent-purposes';
import { consentsOf } from '../repo';

/** Each separate consent the app may ask for: its words, and whether (and when) the caller gave it. */
export async function myConsents({ db, actor }: UseCaseContext): Promise<ConsentView[]> {
  const rows = await consentsOf(db, actor.userId);
  return PURPOSE_KEYS.map((purpose) => {
    const p = CONSENT_PURPOSES[purpose];
    const live = rows.find((r) => r.purpose === purpose && r.withdrawnAt === null && r.textVersion >= p.version);
    return { purpose, title: p.title, text: p.text, withdrawable: p.withdrawable, given: live !== undefined, givenAt: live ? iso(live.givenAt) : null };
  });
}
