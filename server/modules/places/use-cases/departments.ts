import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { insertDepartment, listDepartments } from '../repo';
import { assertPlacesAdmin } from '../sheet-source';

/** The county's responsible units (责任单位): 随手拍 is routed to them, handlers are appointed to them. */
export function departments(ctx: UseCaseContext) {
  return listDepartments(ctx.db, ctx.actor.countyId);
}

/** A new responsible unit, by a name the county does not have yet. */
export async function addDepartment(ctx: UseCaseContext, input: { name: string }): Promise<{ id: string; name: string }> {
  assertPlacesAdmin(ctx);
  const id = newId();
  if (!(await insertDepartment(ctx.db, { id, countyId: ctx.actor.countyId, name: input.name }))) throw fail.conflict(`已经有“${input.name}”了`);
  await recordAudit(ctx.db, ctx.actor, { role: 'admin', action: 'places.addDepartment', subjectType: 'department', subjectId: id, data: { name: input.name }, at: ctx.now });
  return { id, name: input.name };
}
