import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { NominationHistoryEntry } from '../contracts';
import { mayReadHistory } from '../domain/nomination-events';
import { maySee } from '../domain/nomination-rules';
import { findNomination, historyOf } from '../rows';
import { viewerFacts } from '../viewer';
import { toHistory } from '../views';

/**
 * 推荐经过: each step of a nomination — submitted, consented (by whom, to
 * which version), revised, reviewed with the reason, withdrawn — oldest first.
 * For the reviewers while they may review it and the adults who speak for the
 * family; whoever may not see the nomination finds nothing, and whoever sees
 * only its public page (or is the child, or the neighbour who nominated) is
 * refused.
 */
export async function nominationHistory({ db, actor }: UseCaseContext, input: { nominationId: string }): Promise<NominationHistoryEntry[]> {
  const row = await findNomination(db, actor.countyId, input.nominationId);
  const viewer = await viewerFacts(db, actor);
  if (!row || !maySee(row, viewer)) throw fail.notFound('没有找到这条推荐');
  if (!mayReadHistory(row, viewer)) throw fail.forbidden('推荐的经过只有审核的社区工作人员和家长可以查看');
  return toHistory(row, viewer, await historyOf(db, actor.countyId, row.id));
}
