import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { attachOwnPhotos } from '../../files/facade';
import type { StepResult } from '../contracts';
import { STATUS_LABELS } from '../domain/case-states';
import { loadCase, recordSteps, tellPeople } from '../case-step';
import { REFUSALS, reporterAs } from '../permissions';

/** 有异议: within 7 days of the fix; the case reopens at once and goes back to staff to assign again. */
export async function disputeFix(ctx: UseCaseContext, input: { reportId: string; reason: string; photos?: string[] }): Promise<StepResult> {
  const loaded = await loadCase(ctx.db, ctx.actor.countyId, input.reportId);
  const by = reporterAs(ctx.actor, loaded.row);
  if (!by) throw fail.forbidden(REFUSALS.report);
  const photos = input.photos ?? [];
  await attachOwnPhotos(ctx.db, ctx.actor, photos);
  const at = ctx.now.toISOString();
  const next = await recordSteps(ctx.db, loaded, [
    {
      event: { type: 'disputed', at, actor: by, reason: input.reason, note: input.reason, ...(photos.length ? { photoIds: photos } : {}) },
      photos: { stage: 'dispute', refs: photos },
    },
    { event: { type: 'reopened', at, actor: { kind: 'system' }, note: '反映人有异议，重新办理' } },
  ]);
  await tellPeople(ctx, loaded, next, { doneBy: ctx.actor.userId });
  return { reportId: loaded.row.id, status: next.status, statusLabel: STATUS_LABELS[next.status] };
}
