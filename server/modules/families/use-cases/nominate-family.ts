import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { attachOwnPhotos } from '../../files/facade';
import { adultsOf, currentHome } from '../../households/facade';
import { guardiansOf } from '../../identity/facade';
import { deliver } from '../../inbox/facade';
import { householdPlaces } from '../../places/facade';
import type { NominatorKind } from '../domain/nomination-rules';
import { campaignPhase } from '../domain/phases';
import { findCampaign, insertNomination, liveNominationOfHousehold } from '../repo';
import { NOMINATION_LINK } from './nomination-detail';

interface NominateInput {
  campaignId: string;
  householdId?: string;
  displayName: string;
  story: string;
  photos: string[];
}

/**
 * 小手拉大手: a child nominates their own family — kept between the child and
 * their guardian until the guardian consents. An adult nominates their own
 * family (straight to review) or a neighbour's (that household consents).
 */
export async function nominateFamily(ctx: UseCaseContext, input: NominateInput): Promise<{ nominationId: string; status: string }> {
  const { db, actor, now } = ctx;
  const campaign = await findCampaign(db, actor.countyId, input.campaignId);
  if (!campaign) throw fail.notFound('没有找到这次评选');
  if (campaignPhase(campaign, now) !== 'nomination') throw fail.closed('现在不是推荐时间');

  const home = await currentHome(db, actor.countyId, actor.userId);
  if (!home) throw fail.forbidden('请先绑定您的住户，再推荐家庭');
  const householdId = input.householdId ?? home.householdId;
  let kind: NominatorKind = householdId === home.householdId ? 'member' : 'neighbour';
  if (actor.isMinor) {
    if (kind === 'neighbour') throw fail.forbidden('小朋友可以推荐自己的家庭');
    kind = 'child';
  }
  const [place] = await householdPlaces(db, actor.countyId, [householdId]);
  if (!place) throw fail.validation('没有找到这户人家', [{ field: 'householdId', message: '请重新选择' }]);

  // A child needs a guardian who lives with them to give consent.
  let consenters: string[] = [];
  if (kind === 'child') {
    const guardians = await guardiansOf(db, actor.userId);
    const homes = await Promise.all(guardians.map((g) => currentHome(db, actor.countyId, g.id)));
    consenters = guardians.filter((_, i) => homes[i]?.householdId === householdId).map((g) => g.id);
    if (consenters.length === 0) throw fail.forbidden('需要和你住在一起的家长先绑定同一户，才能推荐');
  }
  if (await liveNominationOfHousehold(db, campaign.id, householdId)) throw fail.conflict('这个家庭已经被推荐了，可以去看看或为它投票');
  await attachOwnPhotos(db, actor, input.photos);

  const id = newId();
  const status = kind === 'member' ? 'submitted' : 'awaiting_consent';
  await insertNomination(db, {
    id,
    countyId: actor.countyId,
    campaignId: campaign.id,
    householdId,
    communityId: place.communityId,
    nominatedBy: actor.userId,
    nominatorKind: kind,
    status,
    displayName: input.displayName,
    story: input.story,
    photos: JSON.stringify(input.photos),
    childNameShown: null,
    consentBy: kind === 'member' ? actor.userId : null,
    consentAt: kind === 'member' ? now : null,
    consentWithdrawnAt: null,
    reviewNote: null,
    reviewedBy: null,
    reviewedAt: null,
    createdAt: now,
    updatedAt: now,
    hostedBy: actor.via?.guardianId ?? null,
  });
  if (kind === 'child') {
    await deliver(
      db,
      actor.countyId,
      consenters.map((userId) => ({
        userId,
        kind: 'consent',
        title: `${actor.name}推荐了你们家参加文明家庭评选`,
        body: '请看看孩子写的家庭故事，同意后才会提交社区审核；您可以修改要公开的内容。',
        link: NOMINATION_LINK(id),
        sourceKey: `family-nomination:${id}:consent`,
      })),
      now,
    );
  }
  if (kind === 'neighbour') {
    await deliver(
      db,
      actor.countyId,
      (await adultsOf(db, householdId, now)).map((userId) => ({
        userId,
        kind: 'consent',
        title: '邻居推荐了你们家参加文明家庭评选',
        body: '请看看推荐的家庭故事；你们同意后才会提交社区审核，不同意则不会公开。',
        link: NOMINATION_LINK(id),
        sourceKey: `family-nomination:${id}:consent`,
      })),
      now,
    );
  }
  return { nominationId: id, status };
}
