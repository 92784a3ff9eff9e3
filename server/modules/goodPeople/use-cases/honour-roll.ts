import type { UseCaseContext } from '../../../core/action';
import type { HonourYear } from '../contracts';
import { categoryName } from '../domain/categories';
import { honours } from '../repo';

/** 好人榜: the titles awarded, by year, newest year first. */
export async function honourRoll({ db, actor }: UseCaseContext): Promise<HonourYear[]> {
  const years = new Map<number, HonourYear>();
  for (const h of await honours(db, actor.countyId)) {
    const year = years.get(h.year) ?? { year: h.year, people: [] };
    year.people.push({ goodPersonId: h.goodPersonId, nomineeName: h.nomineeName, categoryName: categoryName(h.category), title: h.title });
    years.set(h.year, year);
  }
  return [...years.values()];
}
