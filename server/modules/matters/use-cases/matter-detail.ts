import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { MatterView } from '../contracts';
import { maySee } from '../permissions';
import { findMatter } from '../repo';
import { placeOf, toView } from '../views';

/** One matter, to the resident who raised it or to those who look after its building; to anyone else it does not exist. */
export async function matterDetail({ db, actor }: UseCaseContext, input: { matterId: string }): Promise<MatterView> {
  const row = await findMatter(db, actor.countyId, input.matterId);
  if (!row) throw fail.notFound('没有找到这件事');
  const place = await placeOf(db, actor.countyId, row);
  if (!maySee(actor, row, place)) throw fail.notFound('没有找到这件事');
  return toView(db, actor, row);
}
