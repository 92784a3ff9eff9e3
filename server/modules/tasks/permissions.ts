import { holdsRoleIn, isCountyAdmin, scopesOf, type Actor } from '../../core/actor';
import { refusing, withRole } from '../../core/authorize';

/** A unit's 责任书 is signed by its head: a handler (责任单位办事员) of that unit. */
export const unitHandlers = refusing(withRole('handler'), '只有责任单位可以做这件事');
/** 片区分指挥部 only. */
export const areaLeads = refusing(withRole('area_lead'), '只有片区分指挥部可以看这块督办看板');
/** Who follows tasks: the units, the command centre and the area sub-commands (each use case checks the task). */
export const taskFollowers = refusing(withRole('handler', 'admin', 'area_lead'), '只有创文办、片区分指挥部和责任单位可以看任务');

interface TaskSubject {
  assigneeId: string | null;
  leadUnitId: string;
  responsibleUnitIds: string[];
  cooperatingUnitIds: string[];
  areaId: string | null;
}

/** Reporting progress: the person the task is given to, or a handler of its lead or responsible unit. */
export function mayReport(actor: Actor, task: TaskSubject): boolean {
  if (task.assigneeId === actor.userId) return true;
  return [task.leadUnitId, ...task.responsibleUnitIds].some((unit) => holdsRoleIn(actor, 'handler', unit));
}

/** Seeing a task: the command centre, whoever may report, a cooperating unit, and its area's sub-command once escalated. */
export function maySee(actor: Actor, task: TaskSubject, escalated: boolean): boolean {
  if (isCountyAdmin(actor) || mayReport(actor, task)) return true;
  if (task.cooperatingUnitIds.some((unit) => holdsRoleIn(actor, 'handler', unit))) return true;
  return escalated && task.areaId !== null && scopesOf(actor, 'area_lead').includes(task.areaId);
}
