import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { postsInCounty } from '../../identity/facade';
import { deliver } from '../../inbox/facade';
import type { Bulletin } from '../contracts';
import { publishedNotice } from '../notices';
import { findRound, inspectionsOf, publishRound } from '../repo';
import { placeNames } from '../views';
import { buildBulletin } from './read-bulletin';

/**
 * 通报: the command centre publishes a round with at least one site
 * inspected. From now on the bulletin is public, and the staff of every
 * inspected community hear of it. Publishing twice is refused.
 */
export async function publishInspectionRound(ctx: UseCaseContext, input: { roundId: string }): Promise<Bulletin> {
  const { db, actor, now } = ctx;
  const round = await findRound(db, actor.countyId, input.roundId);
  if (!round) throw fail.notFound('没有找到这轮督查');
  const inspections = await inspectionsOf(db, actor.countyId, round.id);
  if (inspections.length === 0) throw fail.conflict('这轮督查还没有检查过任何点位，检查后再通报');
  if (!(await publishRound(db, actor.countyId, round.id, actor.userId, now))) throw fail.conflict('这轮督查已经通报过了');
  await recordAudit(db, actor, { role: 'admin', action: 'inspections.publish', subjectType: 'inspection_round', subjectId: round.id, data: { inspected: inspections.length }, at: now });
  const names = await placeNames(db, actor.countyId);
  // The communities the sites were in when inspected (as the bulletin says).
  const communities = [...new Set(inspections.map((i) => i.communityId))];
  const staff = await postsInCounty(db, actor.countyId, ['staff'], communities);
  const told = new Set<string>();
  const notices = [];
  for (const post of staff) {
    if (told.has(post.userId)) continue;
    told.add(post.userId);
    notices.push(publishedNotice(round.id, round.title, post.userId, names.community(post.scopeId).name));
  }
  await deliver(db, actor.countyId, notices, now);
  return buildBulletin(ctx, round.id, true);
}
