import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { commandCentreAs, REFUSALS } from '../permissions';
import { allCategories, removeAreaRule, upsertRule } from '../repo';
import { areasOf, departmentsOf } from '../rows';

/** An area's own department and deadline for a category (e.g. a village's roads go to the township); null department removes it. */
export async function saveAreaRule(
  ctx: UseCaseContext,
  input: { categoryId: string; areaId: string; departmentId: string | null; deadlineHours?: number },
): Promise<{ ok: true }> {
  if (!commandCentreAs(ctx.actor)) throw fail.forbidden(REFUSALS.command);
  const { db, actor, now } = ctx;
  if (!(await allCategories(db, actor.countyId)).some((c) => c.id === input.categoryId)) throw fail.notFound('没有这个问题类型');
  if (!(await areasOf(db, actor.countyId)).some((a) => a.id === input.areaId)) throw fail.validation('没有这个片区', [{ field: 'areaId', message: '请重新选择' }]);
  if (input.departmentId === null) {
    await removeAreaRule(db, actor.countyId, input.categoryId, input.areaId);
  } else {
    if (!(await departmentsOf(db, actor.countyId)).some((d) => d.id === input.departmentId)) {
      throw fail.validation('没有这个责任单位', [{ field: 'departmentId', message: '请重新选择' }]);
    }
    if (input.deadlineHours === undefined) throw fail.validation('请填写办理时限', [{ field: 'deadlineHours', message: '这一项必须填写' }]);
    await upsertRule(db, { countyId: actor.countyId, categoryId: input.categoryId, areaId: input.areaId, departmentId: input.departmentId, deadlineHours: input.deadlineHours });
  }
  await recordAudit(db, actor, { role: 'admin', action: 'routing_rule.save', subjectType: 'report_category', subjectId: input.categoryId, data: { ...input }, at: now });
  return { ok: true };
}
