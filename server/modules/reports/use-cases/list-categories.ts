import type { UseCaseContext } from '../../../core/action';
import type { ReportCategory } from '../contracts';
import { activeCategories } from '../repo';

export async function listCategories({ db, actor }: UseCaseContext): Promise<ReportCategory[]> {
  return activeCategories(db, actor.countyId);
}
