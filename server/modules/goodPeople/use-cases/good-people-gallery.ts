import type { UseCaseContext } from '../../../core/action';
import type { GoodPersonCard } from '../contracts';
import type { GoodPersonCategory } from '../domain/categories';
import { approved } from '../repo';
import { toCards } from '../views';

/** 身边好人: approved stories, most supported first. */
export async function goodPeopleGallery({ db, actor }: UseCaseContext, input: { category?: GoodPersonCategory }): Promise<GoodPersonCard[]> {
  return toCards(db, actor, await approved(db, actor.countyId, input.category));
}
