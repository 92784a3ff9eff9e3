import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { attachOwnPhotos } from '../../files/facade';
import { adultsOf } from '../../households/facade';
import { deliver } from '../../inbox/facade';
import type { NominationView } from '../contracts';
import { familyRole } from '../domain/nomination-events';
import { maySee, revisionNeedsConsent } from '../domain/nomination-rules';
import { updateNomination } from '../repo';
import { findNomination } from '../rows';
import { viewerFacts } from '../viewer';
import { mayRevise, toNominationView } from '../views';
import { NOMINATION_LINK } from './nomination-detail';

/**
 * After staff asked for changes: the family's side edits and sends it back
 * for review. A neighbour's revision changes what the household agreed to, so
 * it goes back to the household for consent first (they are told in 消息),
 * and whoever agreed before no longer counts.
 */
export async function reviseNomination(ctx: UseCaseContext, input: { nominationId: string; displayName: string; story: string; photos: string[] }): Promise<NominationView> {
  const { db, actor, now } = ctx;
  const row = await findNomination(db, actor.countyId, input.nominationId);
  const viewer = await viewerFacts(db, actor);
  if (!row || !maySee(row, viewer)) throw fail.notFound('没有找到这条推荐');
  if (!mayRevise(row, viewer)) throw row.status === 'changes_requested' ? fail.forbidden('只有推荐人或同意公开的家长可以修改') : fail.conflict('现在不需要修改');
  await attachOwnPhotos(db, actor, input.photos.filter((p) => !row.photos.includes(p)));
  const reconsent = revisionNeedsConsent(row);
  const won = await updateNomination(db, row.id, row.version, {
    status: reconsent ? 'awaiting_consent' : 'submitted',
    displayName: input.displayName,
    story: input.story,
    photos: JSON.stringify(input.photos),
    ...(reconsent ? { consentBy: null, consentAt: null } : {}),
    updatedAt: now,
  }, { type: 'revised', actorId: actor.userId, actorRole: familyRole(row, actor.userId, actor.isMinor), asksConsent: reconsent, at: now });
  if (!won) throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
  if (reconsent) {
    await deliver(
      db,
      actor.countyId,
      (await adultsOf(db, row.householdId, now)).map((userId) => ({
        userId,
        kind: 'consent',
        title: '邻居修改了推荐你们家的内容，请再看看',
        body: '你们同意的是修改前的内容。请看看改后的家庭故事；同意后才会提交社区审核，不同意则不会公开。',
        link: NOMINATION_LINK(row.id),
        sourceKey: `family-nomination:${row.id}:consent:${row.version + 1}`,
      })),
      now,
    );
  }
  return toNominationView((await findNomination(db, actor.countyId, row.id))!, viewer);
}
