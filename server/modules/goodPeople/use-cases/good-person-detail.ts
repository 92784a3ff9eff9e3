import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { GoodPersonView } from '../contracts';
import { seesPrivate } from '../permissions';
import { findGoodPerson } from '../repo';
import { toView } from '../views';

/** Approved stories are public; before that only the nominator and the reviewers see one. */
export async function goodPersonDetail({ db, actor }: UseCaseContext, input: { goodPersonId: string }): Promise<GoodPersonView> {
  const row = await findGoodPerson(db, actor.countyId, input.goodPersonId);
  if (!row || (row.status !== 'approved' && !seesPrivate(actor, row))) throw fail.notFound('没有找到这位好人');
  return toView(db, actor, row);
}
