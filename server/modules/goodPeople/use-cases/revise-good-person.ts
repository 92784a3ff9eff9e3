import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { attachOwnPhotos } from '../../files/facade';
import type { ReviseResult } from '../contracts';
import { hashConsentCode, newConsentCode } from '../domain/consent-code';
import { findGoodPerson, updateGoodPerson } from '../repo';
import { toView } from '../views';
import { askInApp } from './ask-in-app';

/**
 * The nominator rewrites the story after staff asked for changes. The nominee
 * agreed to the text as it was, not to this one: the revision goes back to
 * them for consent — asked again in 消息 when the number is someone's who
 * uses the app, and with a new code (the old one no longer works), or staff
 * in person — and only then to review. Who agreed before is cleared.
 */
export async function reviseGoodPerson(ctx: UseCaseContext, input: { goodPersonId: string; story: string; photos: string[] }): Promise<ReviseResult> {
  const { db, actor, now } = ctx;
  const row = await findGoodPerson(db, actor.countyId, input.goodPersonId);
  if (!row || row.nominatedBy !== actor.userId) throw fail.notFound('没有找到这位好人');
  if (row.status !== 'changes_requested') throw fail.conflict('现在不需要修改');
  await attachOwnPhotos(db, actor, input.photos.filter((p) => !row.photos.includes(p)));
  const consentCode = newConsentCode();
  const won = await updateGoodPerson(
    db,
    row.id,
    row.version,
    {
      status: 'awaiting_consent',
      story: input.story,
      photos: JSON.stringify(input.photos),
      consentCodeHash: hashConsentCode(ctx.keys, consentCode),
      consentBy: null,
      consentVia: null,
      consentNote: null,
      consentAt: null,
      updatedAt: now,
    },
    { type: 'revised', actorId: actor.userId, actorRole: 'nominator', asksConsent: true, at: now },
  );
  if (!won) throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
  const updated = (await findGoodPerson(db, actor.countyId, row.id))!;
  await askInApp(db, updated, now);
  return { ...(await toView(db, actor, updated)), consentCode };
}
