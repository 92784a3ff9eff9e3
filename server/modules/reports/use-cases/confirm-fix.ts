import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { StepResult } from '../contracts';
import { STATUS_LABELS } from '../domain/case-states';
import { loadCase, recordSteps, tellPeople } from '../case-step';
import { REFUSALS, reporterAs } from '../permissions';

/** The reporter confirms the fix within 7 days; the case is closed at once. */
export async function confirmFix(ctx: UseCaseContext, input: { reportId: string }): Promise<StepResult> {
  const loaded = await loadCase(ctx.db, ctx.actor.countyId, input.reportId);
  const by = reporterAs(ctx.actor, loaded.row);
  if (!by) throw fail.forbidden(REFUSALS.report);
  const at = ctx.now.toISOString();
  const next = await recordSteps(ctx.db, loaded, [
    { event: { type: 'confirmed', at, actor: by } },
    { event: { type: 'closed', at, actor: { kind: 'system' }, note: '反映人确认整改，自动办结' } },
  ]);
  await tellPeople(ctx, loaded, next, { doneBy: ctx.actor.userId });
  return { reportId: loaded.row.id, status: next.status, statusLabel: STATUS_LABELS[next.status] };
}
