import type { UseCaseContext } from '../../../core/action';
import { assertSafe } from '../../../core/content-safety/assert-safe';
import { newId } from '../../../core/ids';
import { assertOwnPhotos } from '../../files/facade';
import { currentHome } from '../../households/facade';
import type { NominateResult } from '../contracts';
import type { GoodPersonCategory } from '../domain/categories';
import { hashConsentCode, newConsentCode } from '../domain/consent-code';
import { insertGoodPerson } from '../repo';

interface NominateInput {
  category: GoodPersonCategory;
  nomineeName: string;
  nomineeContact: string;
  story: string;
  photos: string[];
}

/**
 * A resident tells the story of someone good. Nothing is shown until the
 * nominee agrees — with the code the nominator passes on, or to staff in
 * person — and staff approve.
 */
export async function nominateGoodPerson(ctx: UseCaseContext, input: NominateInput): Promise<NominateResult> {
  const { db, actor, now } = ctx;
  await assertOwnPhotos(db, actor, input.photos);
  await assertSafe(ctx, { nomineeName: input.nomineeName, story: input.story }, 'social');
  const home = await currentHome(db, actor.countyId, actor.userId);
  const id = newId();
  const consentCode = newConsentCode();
  await insertGoodPerson(db, {
    id,
    countyId: actor.countyId,
    category: input.category,
    nomineeName: input.nomineeName,
    nomineeContact: input.nomineeContact,
    story: input.story,
    photos: JSON.stringify(input.photos),
    nominatedBy: actor.userId,
    communityId: home?.communityId ?? null,
    status: 'awaiting_consent',
    consentCodeHash: hashConsentCode(consentCode),
    createdAt: now,
    updatedAt: now,
  });
  return { goodPersonId: id, consentCode };
}
