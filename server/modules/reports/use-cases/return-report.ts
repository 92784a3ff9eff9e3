import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { StepResult } from '../contracts';
import { STATUS_LABELS } from '../domain/case-states';
import { loadCase, recordSteps } from '../case-step';
import { handlerAs, REFUSALS } from '../permissions';

/** 退回: "not ours", with a reason; the case goes back to staff unassigned (the reporter is not bothered). */
export async function returnReport(ctx: UseCaseContext, input: { reportId: string; reason: string }): Promise<StepResult> {
  const loaded = await loadCase(ctx.db, ctx.actor.countyId, input.reportId);
  const by = handlerAs(ctx.actor, loaded.row);
  if (!by) throw fail.forbidden(REFUSALS.handle);
  const next = await recordSteps(ctx.db, loaded, [{ event: { type: 'returned', at: ctx.now.toISOString(), actor: by, reason: input.reason, note: input.reason } }]);
  return { reportId: loaded.row.id, status: next.status, statusLabel: STATUS_LABELS[next.status] };
}
