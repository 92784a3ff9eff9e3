import type { Kysely } from 'kysely';
import type { FieldIssue } from '../../../core/errors';
import type { DB } from '../../../db/schema';
import { holdersOfScopes } from '../../identity/facade';
import { listAreas, listDepartments } from '../../places/facade';
import { LEVEL_LABELS, type TaskLevel } from '../contracts';

export interface NodeFields {
  leadUnitId: string;
  responsibleUnitIds: string[];
  cooperatingUnitIds: string[];
  areaId?: string;
  dueOn: string;
  assigneeId?: string;
}

/**
 * What creating and editing a node both hold to: units and the area are the
 * county's; a deadline is no later than the parent's; a person's task goes to
 * a handler of one of the county's units, and no other level names a person.
 */
export async function checkNodeFields(db: Kysely<DB>, countyId: string, level: TaskLevel, parentDueOn: string | null, input: NodeFields): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const [units, areas] = await Promise.all([listDepartments(db, countyId), listAreas(db, countyId)]);
  const unitIds = new Set(units.map((u) => u.id));
  if (!unitIds.has(input.leadUnitId)) issues.push({ field: 'leadUnitId', message: '请选择本县的牵头部门' });
  if (input.responsibleUnitIds.some((id) => !unitIds.has(id))) issues.push({ field: 'responsibleUnitIds', message: '责任部门要选本县的单位' });
  if (input.cooperatingUnitIds.some((id) => !unitIds.has(id))) issues.push({ field: 'cooperatingUnitIds', message: '协同部门要选本县的单位' });
  if (input.areaId && !areas.some((a) => a.id === input.areaId)) issues.push({ field: 'areaId', message: '请选择本县的片区' });
  if (parentDueOn !== null && input.dueOn > parentDueOn) issues.push({ field: 'dueOn', message: `期限不能晚于上一级（${parentDueOn}）` });
  if (level === 'person') {
    if (!input.assigneeId) issues.push({ field: 'assigneeId', message: '个人任务要选一位负责人' });
    else {
      const handlers = await holdersOfScopes(db, countyId, 'handler', 'department');
      if (!handlers.some((h) => h.userId === input.assigneeId)) issues.push({ field: 'assigneeId', message: '负责人要是本县责任单位的办事员' });
    }
  } else if (input.assigneeId) {
    issues.push({ field: 'assigneeId', message: `${LEVEL_LABELS[level]}不指定个人，分解到个人任务时再选` });
  }
  return issues;
}
