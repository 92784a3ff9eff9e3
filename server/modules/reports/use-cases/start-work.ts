import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { StepResult } from '../contracts';
import { STATUS_LABELS } from '../domain/case-states';
import { loadCase, recordSteps, tellPeople } from '../case-step';
import { handlerAs, REFUSALS } from '../permissions';

/** 开始处理: the assigned department says it is on it. */
export async function startWork(ctx: UseCaseContext, input: { reportId: string }): Promise<StepResult> {
  const loaded = await loadCase(ctx.db, ctx.actor.countyId, input.reportId);
  const by = handlerAs(ctx.actor, loaded.row);
  if (!by) throw fail.forbidden(REFUSALS.handle);
  const next = await recordSteps(ctx.db, loaded, [{ event: { type: 'started', at: ctx.now.toISOString(), actor: by } }]);
  await tellPeople(ctx, loaded, next, { body: `${loaded.row.department ?? '责任单位'}已开始处理` });
  return { reportId: loaded.row.id, status: next.status, statusLabel: STATUS_LABELS[next.status] };
}
