import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { commandCentreAs, REFUSALS } from '../permissions';
import { allCategories, insertCategories, nextCategorySort, updateCategory, upsertRule } from '../repo';
import { departmentsOf } from '../rows';

interface SaveCategoryInput {
  categoryId?: string;
  name: string;
  active: boolean;
  departmentId: string;
  deadlineHours: number;
}

/**
 * The admin adds a category or changes one: its name, whether residents can
 * pick it, and where it goes by default. Reports already filed keep their
 * category; a switched-off one is only no longer offered.
 */
export async function saveCategory(ctx: UseCaseContext, input: SaveCategoryInput): Promise<{ categoryId: string }> {
  if (!commandCentreAs(ctx.actor)) throw fail.forbidden(REFUSALS.command);
  const { db, actor, now } = ctx;
  const categories = await allCategories(db, actor.countyId);
  if (input.categoryId && !categories.some((c) => c.id === input.categoryId)) throw fail.notFound('没有这个问题类型');
  if (categories.some((c) => c.name === input.name && c.id !== input.categoryId)) {
    throw fail.conflict('已经有同名的问题类型了');
  }
  if (!(await departmentsOf(db, actor.countyId)).some((d) => d.id === input.departmentId)) {
    throw fail.validation('没有这个责任单位', [{ field: 'departmentId', message: '请重新选择' }]);
  }

  const categoryId = input.categoryId ?? newId();
  if (input.categoryId) {
    await updateCategory(db, categoryId, { name: input.name, active: input.active });
  } else {
    await insertCategories(db, [{ id: categoryId, countyId: actor.countyId, name: input.name, active: input.active, sort: await nextCategorySort(db, actor.countyId) }]);
  }
  await upsertRule(db, { countyId: actor.countyId, categoryId, areaId: null, departmentId: input.departmentId, deadlineHours: input.deadlineHours });
  await recordAudit(db, actor, {
    role: 'admin',
    action: input.categoryId ? 'report_category.update' : 'report_category.create',
    subjectType: 'report_category',
    subjectId: categoryId,
    data: { ...input },
    at: now,
  });
  return { categoryId };
}
