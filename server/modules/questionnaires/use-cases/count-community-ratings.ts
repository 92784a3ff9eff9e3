import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { settleCommunity, sumsByCommunity } from '../domain/community-ratings';
import type { Question } from '../domain/rules';
import { dropPendingCommunityRatings, pendingCommunityRatings, publishCommunityRatings, savePendingCommunityRatings } from '../repo';
import { openPending, sealPending, type OpenedAnswer, type SealKey } from '../seal';

/**
 * Inside a flush's transaction (under its questionnaire's flush lock): the
 * released anonymous answers' ratings, per community of their respondents,
 * join what each community already had waiting; a community's sums are
 * published (questionnaire_community_ratings, the flush's day) once they hold
 * MIN_COMMUNITY_ANSWERS answers, else they wait sealed under the current key.
 * Waiting sums no key opens start again from this batch (a lost key loses
 * only what was under five). Sums still under five when the questionnaire
 * has nothing more to flush are never published.
 * A 小手拉大手 questionnaire counts nowhere here: 问卷满意度 is the grown-ups'
 * verdict on their community; the children's answers are read on its results.
 */
export async function countCommunityRatings(
  trx: Kysely<DB>,
  target: { questionnaireId: string; countyId: string; questions: readonly Question[]; forChildren: boolean; day: string },
  released: readonly OpenedAnswer[],
  keys: readonly SealKey[],
): Promise<void> {
  if (target.forChildren) return;
  const sums = sumsByCommunity(target.questions, released);
  if (sums.size === 0) return;
  const { questionnaireId } = target;
  const communityIds = [...sums.keys()].sort();
  const waiting = new Map((await pendingCommunityRatings(trx, questionnaireId, communityIds)).map((row) => [row.communityId, openPending(keys, row)]));
  const sealWith = keys[0];
  for (const communityId of communityIds) {
    const { publish, wait } = settleCommunity(waiting.get(communityId) ?? null, sums.get(communityId)!);
    if (publish) {
      await publishCommunityRatings(trx, { questionnaireId, communityId, countedOn: target.day, countyId: target.countyId, ...publish });
      if (waiting.has(communityId)) await dropPendingCommunityRatings(trx, questionnaireId, communityId);
    } else if (wait) {
      await savePendingCommunityRatings(trx, { questionnaireId, communityId, keyId: sealWith.id, sealed: sealPending(sealWith, { questionnaireId, communityId }, wait) });
    }
  }
}
