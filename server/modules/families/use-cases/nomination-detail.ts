import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { NominationView } from '../contracts';
import { maySee } from '../domain/nomination-rules';
import { findNomination } from '../rows';
import { viewerFacts } from '../viewer';
import { toNominationView } from '../views';

export const NOMINATION_LINK = (id: string) => `/features/families/pages/nomination/index?id=${id}`;

/** One nomination, if the caller may see it; to everyone else it does not exist. */
export async function nominationDetail({ db, actor }: UseCaseContext, input: { nominationId: string }): Promise<NominationView> {
  const row = await findNomination(db, actor.countyId, input.nominationId);
  const viewer = await viewerFacts(db, actor);
  if (!row || !maySee(row, viewer)) throw fail.notFound('没有找到这条推荐');
  return toNominationView(row, viewer);
}
