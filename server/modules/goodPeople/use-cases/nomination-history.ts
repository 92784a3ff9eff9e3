import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { withUserNames } from '../../identity/facade';
import { findCommunity } from '../../places/facade';
import type { GoodPersonHistoryEntry } from '../contracts';
import { knowsOf, mayReadHistory } from '../permissions';
import { findGoodPerson, historyOf } from '../repo';
import { toHistory } from '../views';

/**
 * 推荐经过: each step of a good person's nomination — submitted, the
 * nominee's answer (with the code or to staff; which version it covered),
 * revised, reviewed with the reason, a title, the agreement taken back —
 * oldest first. For the reviewers while they may review it, the nominator,
 * and the nominee who agreed with the code; whoever does not know the
 * nomination finds nothing, and whoever sees only its public page (or
 * declined it) is refused.
 */
export async function nominationHistory({ db, actor }: UseCaseContext, input: { goodPersonId: string }): Promise<GoodPersonHistoryEntry[]> {
  const row = await findGoodPerson(db, actor.countyId, input.goodPersonId);
  if (!row || !knowsOf(actor, row)) throw fail.notFound('没有找到这位好人');
  if (!mayReadHistory(actor, row)) throw fail.forbidden('推荐的经过只有推荐人、被推荐人本人和审核的社区工作人员可以查看');
  const [community, events] = await Promise.all([row.communityId ? findCommunity(db, actor.countyId, row.communityId) : undefined, historyOf(db, actor.countyId, row.id).then((rows) => withUserNames(db, rows, (e) => e.actorId, 'actorName'))]);
  return toHistory(actor, row, community?.name ?? null, events);
}
