import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { categoryName } from '../domain/categories';
import { hashConsentCode } from '../domain/consent-code';
import { findByCodeHash } from '../repo';

/** Before answering: whose nomination the code is, so the person knows what they agree to. Nothing private is shown. */
export async function lookupCode({ db, actor, keys }: UseCaseContext, input: { code: string }): Promise<{ nomineeName: string; categoryName: string; story: string; answered: boolean }> {
  const row = await findByCodeHash(db, actor.countyId, hashConsentCode(keys, input.code));
  if (!row) throw fail.notFound('确认码不对，请核对后再输入');
  return { nomineeName: row.nomineeName, categoryName: categoryName(row.category), story: row.story, answered: row.status !== 'awaiting_consent' };
}
