import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { attachOwnPhotos } from '../../files/facade';
import { deliver } from '../../inbox/facade';
import type { NominationView } from '../contracts';
import { familyRole } from '../domain/nomination-events';
import { mayConsent } from '../domain/nomination-rules';
import { updateNomination } from '../repo';
import { findNomination } from '../rows';
import { viewerFacts } from '../viewer';
import { toNominationView } from '../views';
import { NOMINATION_LINK } from './nomination-detail';

interface ConsentInput {
  nominationId: string;
  displayName: string;
  story: string;
  photos: string[];
  showChildName: boolean;
  secondLook: boolean;
}

/** Said when a guardian consents to what their child wrote on their own phone without the second look. */
export const SECOND_LOOK = '这份推荐是孩子在您手机上写的：请退出孩子模式后再读一遍，确认是孩子自己的意思，再同意';

/**
 * The guardian (or, for a neighbour's nomination, an adult of the household)
 * agrees, with exactly what will be published: they may edit the name, the
 * story and the photos, and choose whether the child's name is shown.
 */
export async function giveConsent(ctx: UseCaseContext, input: ConsentInput): Promise<NominationView> {
  const { db, actor, now } = ctx;
  const row = await findNomination(db, actor.countyId, input.nominationId);
  const viewer = await viewerFacts(db, actor);
  if (!row || !(mayConsent(row, viewer) || row.nominatedBy === actor.userId)) throw fail.notFound('没有找到这条推荐');
  if (!mayConsent(row, viewer)) throw fail.forbidden(row.nominatorKind === 'child' ? '需要住在一起的家长同意' : '需要被推荐家庭的成年人同意');
  if (row.status !== 'awaiting_consent') throw fail.conflict('这条推荐已经确认过了');
  // Written and agreed in one sitting on one phone is not a guardian's consent: a second, explicit step.
  if (row.hostedBy === actor.userId && !input.secondLook) throw fail.validation(SECOND_LOOK, [{ field: 'secondLook', message: '请确认您已经和孩子一起重新读过' }]);
  // Photos already on the nomination, or the consenter's own uploads.
  await attachOwnPhotos(db, actor, input.photos.filter((p) => !row.photos.includes(p)));
  const won = await updateNomination(db, row.id, row.version, {
    status: 'submitted',
    displayName: input.displayName,
    story: input.story,
    photos: JSON.stringify(input.photos),
    childNameShown: row.nominatorKind === 'child' && input.showChildName ? row.nominatorName : null,
    consentBy: actor.userId,
    consentAt: now,
    consentWithdrawnAt: null,
    updatedAt: now,
  }, { type: 'consent_given', actorId: actor.userId, actorRole: familyRole(row, actor.userId, actor.isMinor), at: now });
  if (!won) throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
  await deliver(
    db,
    actor.countyId,
    [{ userId: row.nominatedBy, kind: 'family', title: row.nominatorKind === 'child' ? '家长同意了你的推荐' : '对方家庭同意了您的推荐', body: '已提交社区审核。', link: NOMINATION_LINK(row.id), sourceKey: `family-nomination:${row.id}:consented:${row.version}` }],
    now,
  );
  const updated = await findNomination(db, actor.countyId, row.id);
  return toNominationView(updated!, viewer);
}
