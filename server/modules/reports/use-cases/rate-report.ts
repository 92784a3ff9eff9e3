import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { StepResult } from '../contracts';
import { STATUS_LABELS } from '../domain/case-states';
import { loadCase, recordSteps } from '../case-step';
import { REFUSALS, reporterAs } from '../permissions';

/** 满意度评价: once, by the reporter, after the fix. It counts toward the department's score. */
export async function rateReport(ctx: UseCaseContext, input: { reportId: string; rating: number; comment?: string }): Promise<StepResult> {
  const loaded = await loadCase(ctx.db, ctx.actor.countyId, input.reportId);
  const by = reporterAs(ctx.actor, loaded.row);
  if (!by) throw fail.forbidden(REFUSALS.report);
  const next = await recordSteps(ctx.db, loaded, [{ event: { type: 'rated', at: ctx.now.toISOString(), actor: by, rating: input.rating, note: input.comment } }]);
  return { reportId: loaded.row.id, status: next.status, statusLabel: STATUS_LABELS[next.status] };
}
