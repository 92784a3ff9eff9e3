import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { StepResult } from '../contracts';
import { STATUS_LABELS } from '../domain/case-states';
import { route } from '../domain/routing';
import type { CaseState } from '../domain/transition';
import { loadCase, recordSteps, Step, tellPeople } from '../case-step';
import { REFUSALS, reviewerAs } from '../permissions';
import { rewardIfAccepted } from '../reward-reporter';
import { routingRulesFor } from '../repo';
import { departmentsOf } from '../rows';

/**
 * When the deadline clock starts: at the report, as with 12345; after a
 * dispute, at the reassignment (else the new deadline would already be past).
 */
export function routingStart(state: CaseState, now: Date): Date {
  return state.status === 'reopened' ? now : new Date(state.submittedAt);
}

/**
 * 派单: the department and deadline default to the admin's routing rule;
 * staff may choose others with a reason. A report still new is accepted in
 * the same step (two events).
 */
export async function assignReport(
  ctx: UseCaseContext,
  input: { reportId: string; departmentId?: string; deadline?: string; reason?: string },
): Promise<StepResult> {
  const loaded = await loadCase(ctx.db, ctx.actor.countyId, input.reportId);
  const by = reviewerAs(ctx.actor, loaded.row);
  if (!by) throw fail.forbidden(REFUSALS.review);

  const rules = await routingRulesFor(ctx.db, ctx.actor.countyId, loaded.row.categoryId);
  const routed = route(rules, { categoryId: loaded.row.categoryId, areaId: loaded.row.areaId }, routingStart(loaded.state, ctx.now));
  const departmentId = input.departmentId ?? routed?.departmentId;
  if (!departmentId) throw fail.validation('请选择责任单位', [{ field: 'departmentId', message: '这一项必须填写' }]);
  const departments = await departmentsOf(ctx.db, ctx.actor.countyId);
  if (!departments.some((d) => d.id === departmentId)) throw fail.validation('没有这个责任单位', [{ field: 'departmentId', message: '请重新选择' }]);
  if (input.deadline !== undefined && Date.parse(input.deadline) <= ctx.now.getTime()) {
    throw fail.validation('办理期限不能早于现在', [{ field: 'deadline', message: '请选择以后的时间' }]);
  }
  const deadline = input.deadline ?? routed?.deadline;
  if (!deadline) throw fail.validation('请选择办理期限', [{ field: 'deadline', message: '这一项必须填写' }]);

  const at = ctx.now.toISOString();
  const steps: Step[] = [];
  if (loaded.state.status === 'submitted') steps.push({ event: { type: 'accepted', at, actor: by } });
  steps.push({
    event: {
      type: 'assigned',
      at,
      actor: by,
      departmentId,
      deadline: new Date(deadline).toISOString(),
      routed: routed ? { departmentId: routed.departmentId, deadline: routed.deadline } : null,
      reason: input.reason,
      note: input.reason,
    },
  });
  const next = await recordSteps(ctx.db, loaded, steps);
  await rewardIfAccepted(ctx, loaded.row, steps);
  const department = departments.find((d) => d.id === departmentId)?.name ?? '';
  await tellPeople(ctx, loaded, next, { doneBy: ctx.actor.userId, body: `已交由${department}办理` });
  return { reportId: loaded.row.id, status: next.status, statusLabel: STATUS_LABELS[next.status] };
}
