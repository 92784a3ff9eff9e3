import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { attachOwnPhotos } from '../../files/facade';
import { currentHome } from '../../households/facade';
import type { NominateResult } from '../contracts';
import type { GoodPersonCategory } from '../domain/categories';
import { hashConsentCode, newConsentCode } from '../domain/consent-code';
import { byKey, insertGoodPerson, replaceConsentCode } from '../repo';
import { askInApp } from './ask-in-app';

interface NominateInput {
  idempotencyKey: string;
  category: GoodPersonCategory;
  nomineeName: string;
  nomineeContact: string;
  story: string;
  photos: string[];
}

/**
 * A resident tells the story of someone good. Nothing is shown until the
 * nominee agrees — in 消息 when the number is the verified phone of someone
 * who uses the app (or their guardians', for a child), with the code the
 * nominator passes on, or to staff in person — and staff approve.
 */
export async function nominateGoodPerson(ctx: UseCaseContext, input: NominateInput): Promise<NominateResult> {
  const { db, actor, now } = ctx;
  const earlier = await byKey(db, actor.userId, input.idempotencyKey);
  if (earlier) {
    // The first answer never reached the phone, so its code was never seen: issue a new one for the same nomination.
    if (earlier.status !== 'awaiting_consent') throw fail.conflict('这条推荐已经提交过了');
    const consentCode = newConsentCode();
    await replaceConsentCode(db, earlier.id, hashConsentCode(ctx.keys, consentCode), now);
    return { goodPersonId: earlier.id, consentCode };
  }
  await attachOwnPhotos(db, actor, input.photos);
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
    consentCodeHash: hashConsentCode(ctx.keys, consentCode),
    idempotencyKey: input.idempotencyKey,
    createdAt: now,
    updatedAt: now,
  });
  await askInApp(db, { countyId: actor.countyId, id, category: input.category, nomineeName: input.nomineeName, nomineeContact: input.nomineeContact, nominatedBy: actor.userId, version: 1 }, now);
  // The same answer whether or not anyone was asked in the app: the nominator never learns whether the number is someone's account.
  return { goodPersonId: id, consentCode };
}
