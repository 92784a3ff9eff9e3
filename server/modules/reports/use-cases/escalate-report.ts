import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { StepResult } from '../contracts';
import { STATUS_LABELS } from '../domain/case-states';
import { loadCase, recordSteps, tellPeople } from '../case-step';
import { commandCentreAs, REFUSALS } from '../permissions';

/** 督办: the command centre presses an overdue case, once; the department is told. */
export async function escalateReport(ctx: UseCaseContext, input: { reportId: string; note?: string }): Promise<StepResult> {
  const by = commandCentreAs(ctx.actor);
  if (!by) throw fail.forbidden(REFUSALS.command);
  const loaded = await loadCase(ctx.db, ctx.actor.countyId, input.reportId);
  const next = await recordSteps(ctx.db, loaded, [{ event: { type: 'escalated', at: ctx.now.toISOString(), actor: by, note: input.note } }]);
  await tellPeople(ctx, loaded, next, { doneBy: ctx.actor.userId });
  return { reportId: loaded.row.id, status: next.status, statusLabel: STATUS_LABELS[next.status] };
}
