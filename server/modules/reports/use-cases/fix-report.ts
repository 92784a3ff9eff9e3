import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { attachOwnPhotos } from '../../files/facade';
import type { StepResult } from '../contracts';
import { STATUS_LABELS } from '../domain/case-states';
import { fixFacts, loadCase, recordSteps, tellPeople } from '../case-step';
import { handlerAs, REFUSALS } from '../permissions';
import { sentence } from '../../../core/sentence';

/** 整改完成: the after photos (the handler's own uploads) and a note; the reporter has 7 days to confirm or dispute. */
export async function fixReport(ctx: UseCaseContext, input: { reportId: string; note: string; photos: string[] }): Promise<StepResult> {
  const loaded = await loadCase(ctx.db, ctx.actor.countyId, input.reportId);
  const by = handlerAs(ctx.actor, loaded.row);
  if (!by) throw fail.forbidden(REFUSALS.handle);
  await attachOwnPhotos(ctx.db, ctx.actor, input.photos);
  const next = await recordSteps(ctx.db, loaded, [
    {
      event: { type: 'fixed', at: ctx.now.toISOString(), actor: by, note: input.note, photoIds: input.photos },
      extra: fixFacts(loaded.state, ctx.now),
      photos: { stage: 'after', refs: input.photos },
    },
  ]);
  await tellPeople(ctx, loaded, next, { body: `${loaded.row.department ?? '责任单位'}：${sentence(input.note)}请在7天内确认整改或提出异议。` });
  return { reportId: loaded.row.id, status: next.status, statusLabel: STATUS_LABELS[next.status] };
}
