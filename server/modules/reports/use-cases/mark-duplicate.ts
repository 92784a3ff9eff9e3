import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { StepResult } from '../contracts';
import { STATUS_LABELS } from '../domain/case-states';
import { loadCase, recordSteps, tellPeople } from '../case-step';
import { REFUSALS, reviewerAs } from '../permissions';
import { moveFollowers } from '../repo';
import { caseRow } from '../rows';

/** Ends a report as a duplicate of an earlier one; its reporter and followers follow the original from now on. */
export async function markDuplicate(ctx: UseCaseContext, input: { reportId: string; duplicateOf: string; note?: string }): Promise<StepResult> {
  const loaded = await loadCase(ctx.db, ctx.actor.countyId, input.reportId);
  const by = reviewerAs(ctx.actor, loaded.row);
  if (!by) throw fail.forbidden(REFUSALS.review);
  if (input.duplicateOf === input.reportId) throw fail.validation('不能标记为和自己重复', [{ field: 'duplicateOf', message: '请选择另一个问题' }]);
  const original = await caseRow(ctx.db, ctx.actor.countyId, input.duplicateOf);
  if (!original) throw fail.validation('没有找到要合并到的问题', [{ field: 'duplicateOf', message: '没有这个问题' }]);
  if (original.status === 'rejected' || original.status === 'duplicate') {
    throw fail.conflict('要合并到的问题已不予受理或本身是重复问题，请选择原始问题');
  }
  const next = await recordSteps(ctx.db, loaded, [
    { event: { type: 'marked_duplicate', at: ctx.now.toISOString(), actor: by, duplicateOf: original.id, note: input.note } },
  ]);
  await moveFollowers(ctx.db, { id: loaded.row.id, reporterId: loaded.row.reporterId }, original.id, ctx.actor.countyId, ctx.now);
  await tellPeople(ctx, loaded, next, { doneBy: ctx.actor.userId, body: `已为您关注原问题：${original.category}｜${original.address}` });
  return { reportId: loaded.row.id, status: next.status, statusLabel: STATUS_LABELS[next.status] };
}
