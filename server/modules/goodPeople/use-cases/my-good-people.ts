import type { UseCaseContext } from '../../../core/action';
import type { GoodPersonView } from '../contracts';
import { byNominator } from '../repo';
import { toView } from '../views';

export async function myGoodPeople({ db, actor }: UseCaseContext): Promise<GoodPersonView[]> {
  const rows = await byNominator(db, actor.countyId, actor.userId);
  return Promise.all(rows.map((r) => toView(db, actor, r)));
}
