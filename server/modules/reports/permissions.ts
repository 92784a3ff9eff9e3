import { Actor, holdsRoleIn, isCountyAdmin } from '../../core/actor';
import type { CaseActor } from './domain/case-events';

/** "Me too" is for someone else's report: one's own report is already followed. */
export function meTooRefusal(actor: Actor, report: { reporterId: string }): string | null {
  if (report.reporterId === actor.userId) return '这是您自己反映的问题，不需要再点"我也遇到"';
  return null;
}

interface CaseScope {
  communityId: string | null;
  departmentId: string | null;
  reporterId: string;
}

/** Staff of the report's community review it; the county's command centre may step in anywhere. A report with no community is the command centre's. */
export function reviewerAs(actor: Actor, report: CaseScope): CaseActor | null {
  if (report.communityId !== null && holdsRoleIn(actor, 'staff', report.communityId)) return { kind: 'staff', userId: actor.userId };
  if (isCountyAdmin(actor)) return { kind: 'admin', userId: actor.userId };
  return null;
}

/** A handler acts for the department the case is assigned to, and only that one. */
export function handlerAs(actor: Actor, report: CaseScope): CaseActor | null {
  if (report.departmentId !== null && holdsRoleIn(actor, 'handler', report.departmentId)) {
    return { kind: 'handler', userId: actor.userId, departmentId: report.departmentId };
  }
  return null;
}

export function reporterAs(actor: Actor, report: CaseScope): CaseActor | null {
  return report.reporterId === actor.userId ? { kind: 'resident', userId: actor.userId } : null;
}

export function commandCentreAs(actor: Actor): CaseActor | null {
  return isCountyAdmin(actor) ? { kind: 'admin', userId: actor.userId } : null;
}

/** Every capacity in which the actor may act on this case (a staff member may also be its reporter). */
export function capacitiesOn(actor: Actor, report: CaseScope): CaseActor[] {
  return [reporterAs(actor, report), reviewerAs(actor, report), handlerAs(actor, report), commandCentreAs(actor)].filter(
    (c): c is CaseActor => c !== null,
  );
}

/** Who may see the reporter's name on a named report: they may need to call back. */
export function seesReporterName(actor: Actor, report: CaseScope): boolean {
  return reporterAs(actor, report) !== null || reviewerAs(actor, report) !== null;
}

export const REFUSALS: Record<'review' | 'handle' | 'report' | 'command', string> = {
  review: '只有问题所在社区的工作人员可以处理这个问题',
  handle: '这个问题不是派给您所在单位的',
  report: '只有反映人本人可以这样做',
  command: '只有县创文指挥中心可以这样做',
};

