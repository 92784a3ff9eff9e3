import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { StepResult } from '../contracts';
import { STATUS_LABELS } from '../domain/case-states';
import { loadCase, recordSteps, tellPeople } from '../case-step';
import { REFUSALS, reviewerAs } from '../permissions';
import { sentence } from '../../../core/sentence';

/** 不予受理, with the reason the reporter will read. */
export async function rejectReport(ctx: UseCaseContext, input: { reportId: string; reason: string }): Promise<StepResult> {
  const loaded = await loadCase(ctx.db, ctx.actor.countyId, input.reportId);
  const by = reviewerAs(ctx.actor, loaded.row);
  if (!by) throw fail.forbidden(REFUSALS.review);
  const next = await recordSteps(ctx.db, loaded, [{ event: { type: 'rejected', at: ctx.now.toISOString(), actor: by, reason: input.reason, note: input.reason } }]);
  await tellPeople(ctx, loaded, next, { doneBy: ctx.actor.userId, body: `原因：${sentence(input.reason)}` });
  return { reportId: loaded.row.id, status: next.status, statusLabel: STATUS_LABELS[next.status] };
}
