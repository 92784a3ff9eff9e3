import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { CHILD_LEVEL, LEVEL_LABELS } from '../contracts';
import { findNode, holdParent, subtreeIds, updateNode } from '../repo';

/**
 * 移动 a node under another parent of the level above its own (a yearly
 * target under another plan, a monthly task under another year, a person's
 * task under another month); a plan is never moved. Never under itself or
 * what is under it: the levels already rule that out, the use case checks it
 * anyway and a trigger of the database refuses any parent of the wrong
 * level. The new parent is held (shared), so a withdrawal of it either sees
 * the node arrive or the move sees it withdrawn. The node keeps its own
 * deadline, which must fit its new parent's; written only onto the version
 * seen. Roll-ups follow: progress is summed from the tree as it is.
 */
export async function moveTask({ db, actor, now }: UseCaseContext, input: { taskId: string; version: number; parentId: string }): Promise<{ version: number }> {
  const node = await findNode(db, actor.countyId, input.taskId);
  if (!node) throw fail.notFound('没有找到这项任务');
  if (node.withdrawnAt) throw fail.conflict('这项任务已经撤销了，不能再移动');
  if (node.version !== input.version) throw fail.conflict('这项任务刚被别人改过，请刷新后再移动');
  if (node.level === 'plan' || !node.parentId) throw fail.validation('总体方案在最上面，不能移动');
  if (node.parentId === input.parentId) throw fail.validation('它已经在这一级下面了，请选另一个', [{ field: 'parentId', message: '请选另一个上级' }]);
  if ((await subtreeIds(db, actor.countyId, node.id)).includes(input.parentId)) {
    throw fail.validation('不能移到它自己或它下面的任务下', [{ field: 'parentId', message: '不能移到它自己或它下面的任务下' }]);
  }
  const parent = await holdParent(db, actor.countyId, input.parentId);
  if (!parent) throw fail.notFound('没有找到要移到的上一级任务');
  if (CHILD_LEVEL[parent.level] !== node.level) {
    throw fail.validation(`${LEVEL_LABELS[node.level]}只能放在${LEVEL_LABELS[levelAbove(node.level)]}下面`, [{ field: 'parentId', message: '请选上一级的任务' }]);
  }
  if (parent.withdrawnAt) throw fail.conflict('要移到的任务已经撤销了，请选别的');
  if (node.dueOn > parent.dueOn) {
    throw fail.validation(`它的期限（${node.dueOn}）晚于“${parent.title}”的期限（${parent.dueOn}），请先改期限`, [{ field: 'parentId', message: '期限晚于新的上一级' }]);
  }
  if (!(await updateNode(db, actor.countyId, node.id, input.version, { parentId: parent.id }))) throw fail.conflict('这项任务刚被别人改过，请刷新后再移动');
  const version = input.version + 1;
  await recordAudit(db, actor, { role: 'admin', action: 'tasks.move', subjectType: 'task_node', subjectId: node.id, data: { from: node.parentId, to: parent.id, version }, at: now });
  return { version };
}

function levelAbove(level: keyof typeof CHILD_LEVEL) {
  return (Object.keys(CHILD_LEVEL) as (keyof typeof CHILD_LEVEL)[]).find((l) => CHILD_LEVEL[l] === level)!;
}
