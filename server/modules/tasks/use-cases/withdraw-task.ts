import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import type { WithdrawResult } from '../contracts';
import { withdrawnNotice } from '../notices';
import { findNode, withdrawBelow, withdrawNode, withReports } from '../repo';

/**
 * 撤销 a node with everything under it. Nothing is deleted: the nodes stay in
 * the plan marked 已撤销 with the reason, and their progress reports stay,
 * but they count in no roll-up, weekly report, board or assessment from now
 * on (so the parent's progress is the weighted mean of what is left). The
 * people whose tasks are withdrawn are told. The node is withdrawn on the
 * version seen, then (a statement of its own) what is under it, including a
 * node moved under it a moment before. Audited with how many had reports.
 */
export async function withdrawTask({ db, actor, now }: UseCaseContext, input: { taskId: string; version: number; reason: string }): Promise<WithdrawResult> {
  const node = await findNode(db, actor.countyId, input.taskId);
  if (!node) throw fail.notFound('没有找到这项任务');
  if (node.withdrawnAt) throw fail.conflict('这项任务已经撤销了');
  if (node.version !== input.version) throw fail.conflict('这项任务刚被别人改过，请刷新后再撤销');
  if (!(await withdrawNode(db, actor.countyId, node.id, input.version, actor.userId, input.reason, now))) throw fail.conflict('这项任务刚被别人改过，请刷新后再撤销');
  const below = await withdrawBelow(db, actor.countyId, node.id, actor.userId, input.reason, now);
  const all = [{ id: node.id, level: node.level, title: node.title, assigneeId: node.assigneeId }, ...below];
  const reported = await withReports(db, all.map((n) => n.id));
  await recordAudit(db, actor, {
    role: 'admin',
    action: 'tasks.withdraw',
    subjectType: 'task_node',
    subjectId: node.id,
    data: { reason: input.reason, withdrawn: all.length, withReports: reported.length },
    at: now,
  });
  const people = all.filter((n) => n.level === 'person' && n.assigneeId);
  await deliver(db, actor.countyId, people.map((n) => withdrawnNotice(n, n.assigneeId!, input.reason)), now);
  return { withdrawn: all.length, withReports: reported.length };
}
