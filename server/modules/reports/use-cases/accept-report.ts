import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { StepResult } from '../contracts';
import { STATUS_LABELS } from '../domain/case-states';
import { loadCase, recordSteps, Step, tellPeople } from '../case-step';
import { rewardIfAccepted } from '../reward-reporter';
import { REFUSALS, reviewerAs } from '../permissions';

/** 受理: staff of the report's community take it on (assignment may follow later). */
export async function acceptReport(ctx: UseCaseContext, input: { reportId: string; note?: string }): Promise<StepResult> {
  const loaded = await loadCase(ctx.db, ctx.actor.countyId, input.reportId);
  const by = reviewerAs(ctx.actor, loaded.row);
  if (!by) throw fail.forbidden(REFUSALS.review);
  const steps: Step[] = [{ event: { type: 'accepted', at: ctx.now.toISOString(), actor: by, note: input.note } }];
  const next = await recordSteps(ctx.db, loaded, steps);
  await rewardIfAccepted(ctx, loaded.row, steps);
  await tellPeople(ctx, loaded, next, { doneBy: ctx.actor.userId });
  return { reportId: loaded.row.id, status: next.status, statusLabel: STATUS_LABELS[next.status] };
}
