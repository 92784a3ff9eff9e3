import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import { deadlineMovedNotice, reassignedNotices } from '../notices';
import { findNode, latestChildDue, updateNode } from '../repo';
import { checkNodeFields } from './check-node-fields';

interface EditInput {
  taskId: string;
  version: number;
  title: string;
  leadUnitId: string;
  responsibleUnitIds: string[];
  cooperatingUnitIds: string[];
  areaId?: string;
  dueOn: string;
  weight: number;
  assigneeId?: string;
}

const CHANGED_ELSEWHERE = '这项任务刚被别人改过，请刷新后再改';

/**
 * 修改 a node of the plan: the create rules hold (the county's units and
 * area, a deadline no later than the parent's, a person's task to a unit's
 * handler), and a deadline is no earlier than a child's still counted. Written
 * only onto the version the command centre saw: of two edits at once one is
 * written, the other refused, never silently lost. A person's task given to
 * someone else: the new assignee hears of a new task, the old one that it is
 * no longer theirs; a deadline moved on the same person's task, they hear
 * the new one. Audited with what changed.
 */
export async function editTask({ db, actor, now }: UseCaseContext, input: EditInput): Promise<{ version: number }> {
  const node = await findNode(db, actor.countyId, input.taskId);
  if (!node) throw fail.notFound('没有找到这项任务');
  if (node.withdrawnAt) throw fail.conflict('这项任务已经撤销了，不能再修改');
  if (node.version !== input.version) throw fail.conflict(CHANGED_ELSEWHERE);
  const parent = node.parentId ? await findNode(db, actor.countyId, node.parentId) : undefined;

  const issues = await checkNodeFields(db, actor.countyId, node.level, parent?.dueOn ?? null, input);
  const childDue = await latestChildDue(db, actor.countyId, node.id);
  if (childDue && input.dueOn < childDue) issues.push({ field: 'dueOn', message: `下一级还有任务的期限是${childDue}，期限不能早于它` });
  if (issues.length) throw fail.validation(issues[0].message, issues);

  const after = {
    title: input.title,
    leadUnitId: input.leadUnitId,
    responsibleUnitIds: [...new Set(input.responsibleUnitIds)],
    cooperatingUnitIds: [...new Set(input.cooperatingUnitIds)],
    areaId: input.areaId ?? parent?.areaId ?? null,
    dueOn: input.dueOn,
    weight: input.weight,
    assigneeId: node.level === 'person' ? input.assigneeId! : null,
  };
  const before = {
    title: node.title,
    leadUnitId: node.leadUnitId,
    responsibleUnitIds: node.responsibleUnitIds,
    cooperatingUnitIds: node.cooperatingUnitIds,
    areaId: node.areaId,
    dueOn: node.dueOn,
    weight: node.weight,
    assigneeId: node.assigneeId,
  };
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
  if (changed.length === 0) return { version: node.version };

  if (!(await updateNode(db, actor.countyId, node.id, input.version, after))) throw fail.conflict(CHANGED_ELSEWHERE);
  const version = input.version + 1;
  await recordAudit(db, actor, {
    role: 'admin',
    action: 'tasks.edit',
    subjectType: 'task_node',
    subjectId: node.id,
    data: { before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, after[k]])), version },
    at: now,
  });
  if (node.assigneeId && after.assigneeId && node.assigneeId !== after.assigneeId) {
    await deliver(db, actor.countyId, reassignedNotices({ id: node.id, title: after.title, dueOn: after.dueOn }, node.assigneeId, after.assigneeId, version), now);
  } else if (after.assigneeId && after.dueOn !== before.dueOn) {
    await deliver(db, actor.countyId, [deadlineMovedNotice({ id: node.id, title: after.title, dueOn: after.dueOn }, before.dueOn, after.assigneeId, version)], now);
  }
  return { version };
}
