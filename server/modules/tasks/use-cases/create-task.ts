import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { deliver } from '../../inbox/facade';
import { CHILD_LEVEL, type TaskLevel } from '../contracts';
import { assignedNotice } from '../notices';
import { holdParent, insertNode } from '../repo';
import { checkNodeFields } from './check-node-fields';

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
 * The parent is held (shared) so a withdrawal of it cannot miss the new child.
 */
export async function createTask({ db, actor, now }: UseCaseContext, input: CreateInput): Promise<{ id: string; level: TaskLevel }> {
  const parent = input.parentId ? await holdParent(db, actor.countyId, input.parentId) : undefined;
  if (input.parentId && !parent) throw fail.notFound('没有找到上一级任务');
  const level: TaskLevel | null = parent ? CHILD_LEVEL[parent.level] : 'plan';
  if (!level) throw fail.validation('个人任务下面不能再分解了', [{ field: 'parentId', message: '个人任务下面不能再分解了' }]);

  if (parent?.withdrawnAt) throw fail.conflict('上一级任务已经撤销了，不能再往下分解');
  const issues = await checkNodeFields(db, actor.countyId, level, parent?.dueOn ?? null, input);
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
