import type { UseCaseContext } from '../../../core/action';
import { fail, type FieldIssue } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { holdersOfScopes } from '../../identity/facade';
import { deliver } from '../../inbox/facade';
import { listAreas, listDepartments } from '../../places/facade';
import { CHILD_LEVEL, LEVEL_LABELS, type TaskLevel } from '../contracts';
import { assignedNotice } from '../notices';
import { findNode, insertNode } from '../repo';

interface CreateInput {
  parentId?: string;
  title: string;
  leadUnitId: string;
  responsibleUnitIds: string[];
  cooperatingUnitIds: string[];
  areaId?: string;
  dueOn: string;
  weight: number;
  assigneeId?: string;
}

/**
 * A node of the plan: a plan at the top, or the next level under its parent
 * (year under plan, month under year, a person's task under month). Units and
 * the area must be the county's; a person's task goes to a handler of one of
 * the county's units; a deadline cannot be later than its parent's. A child with no area of its own takes its parent's.
 */
export async function createTask({ db, actor, now }: UseCaseContext, input: CreateInput): Promise<{ id: string; level: TaskLevel }> {
  const parent = input.parentId ? await findNode(db, actor.countyId, input.parentId) : undefined;
  if (input.parentId && !parent) throw fail.notFound('没有找到上一级任务');
  const level: TaskLevel | null = parent ? CHILD_LEVEL[parent.level] : 'plan';
  if (!level) throw fail.validation('个人任务下面不能再分解了', [{ field: 'parentId', message: '个人任务下面不能再分解了' }]);

  const issues: FieldIssue[] = [];
  const [units, areas] = await Promise.all([listDepartments(db, actor.countyId), listAreas(db, actor.countyId)]);
  const unitIds = new Set(units.map((u) => u.id));
  if (!unitIds.has(input.leadUnitId)) issues.push({ field: 'leadUnitId', message: '请选择本县的牵头部门' });
  if (input.responsibleUnitIds.some((id) => !unitIds.has(id))) issues.push({ field: 'responsibleUnitIds', message: '责任部门要选本县的单位' });
  if (input.cooperatingUnitIds.some((id) => !unitIds.has(id))) issues.push({ field: 'cooperatingUnitIds', message: '协同部门要选本县的单位' });
  if (input.areaId && !areas.some((a) => a.id === input.areaId)) issues.push({ field: 'areaId', message: '请选择本县的片区' });
  if (parent && input.dueOn > parent.dueOn) issues.push({ field: 'dueOn', message: `期限不能晚于上一级（${parent.dueOn}）` });
  if (level === 'person') {
    if (!input.assigneeId) issues.push({ field: 'assigneeId', message: '个人任务要选一位负责人' });
    else {
      const handlers = await holdersOfScopes(db, actor.countyId, 'handler', 'department');
      if (!handlers.some((h) => h.userId === input.assigneeId)) issues.push({ field: 'assigneeId', message: '负责人要是本县责任单位的办事员' });
    }
  } else if (input.assigneeId) {
    issues.push({ field: 'assigneeId', message: `${LEVEL_LABELS[level]}不指定个人，分解到个人任务时再选` });
  }
  if (issues.length) throw fail.validation(issues[0].message, issues);

  const id = newId();
  await insertNode(db, {
    id,
    countyId: actor.countyId,
    parentId: parent?.id ?? null,
    level,
    title: input.title,
    leadUnitId: input.leadUnitId,
    responsibleUnitIds: [...new Set(input.responsibleUnitIds)],
    cooperatingUnitIds: [...new Set(input.cooperatingUnitIds)],
    areaId: input.areaId ?? parent?.areaId ?? null,
    dueOn: input.dueOn,
    weight: input.weight,
    assigneeId: level === 'person' ? input.assigneeId! : null,
    createdBy: actor.userId,
    createdAt: now,
  });
  if (level === 'person') await deliver(db, actor.countyId, [assignedNotice({ id, title: input.title, dueOn: input.dueOn }, input.assigneeId!)], now);
  return { id, level };
}
