import type { UseCaseContext } from '../../../core/action';
import { scopesOf } from '../../../core/actor';
import { fail } from '../../../core/errors';
import type { CaseSummary } from '../contracts';
import { toSummary } from '../case-views';
import { casesOfDepartments } from '../rows';

/** 我的工单: only the handler's department's cases; open ones by deadline, most urgent first. */
export async function handlerQueue(ctx: UseCaseContext, input: { filter: 'open' | 'done' }): Promise<CaseSummary[]> {
  const departments = scopesOf(ctx.actor, 'handler');
  if (departments.length === 0) throw fail.forbidden('只有责任单位的办事人员可以查看工单');
  const open = input.filter === 'open';
  const rows = await casesOfDepartments(ctx.db, ctx.actor.countyId, departments, open ? ['assigned', 'in_progress'] : ['fixed', 'confirmed', 'closed'], open);
  return rows.map((r) => toSummary(r, ctx.now));
}
