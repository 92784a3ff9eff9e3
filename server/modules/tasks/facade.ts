/** What other modules may use of 任务与责任书: the 工作台 counts, the scheduler's escalation of overdue tasks, and the dashboard's task progress. */
export { openEscalations, openTasksFor } from './repo';
export { escalateOverdue } from './use-cases/escalate-overdue';
export { planStandingFor } from './use-cases/read-plan-standing';
export type { PlanStanding } from './domain/standing';
