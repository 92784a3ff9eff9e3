/**
 * What other modules may use of 任务与责任书: the 工作台 counts, the
 * scheduler's escalation of overdue tasks, the dashboard's task progress and
 * the monthly assessment's 任务完成 per area (people's tasks due in a month,
 * finished on time).
 */
export { areaCompletionOf, openEscalations, openTasksFor } from './repo';
export { escalateOverdue } from './use-cases/escalate-overdue';
export { planStandingFor } from './use-cases/read-plan-standing';
export type { PlanStanding } from './domain/standing';
