import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { ReportSettings } from '../contracts';
import { commandCentreAs, REFUSALS } from '../permissions';
import { allCategories } from '../repo';
import { allRoutingRules, areasOf, departmentsOf } from '../rows';

/** The admin's view of categories and where each goes, county-wide and per area. */
export async function reportSettings(ctx: UseCaseContext): Promise<ReportSettings> {
  if (!commandCentreAs(ctx.actor)) throw fail.forbidden(REFUSALS.command);
  const { db, actor } = ctx;
  const [categories, rules, departments, areas] = await Promise.all([
    allCategories(db, actor.countyId),
    allRoutingRules(db, actor.countyId),
    departmentsOf(db, actor.countyId),
    areasOf(db, actor.countyId),
  ]);
  return {
    categories: categories.map((c) => {
      const mine = rules.filter((r) => r.categoryId === c.id);
      const wide = mine.find((r) => r.areaId === null);
      return {
        ...c,
        rule: wide ? { departmentId: wide.departmentId, department: wide.department, deadlineHours: wide.deadlineHours } : null,
        areaRules: mine
          .filter((r) => r.areaId !== null)
          .map((r) => ({ areaId: r.areaId as string, area: r.area ?? '', departmentId: r.departmentId, department: r.department, deadlineHours: r.deadlineHours })),
      };
    }),
    departments,
    areas,
  };
}
