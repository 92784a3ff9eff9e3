/** What other modules may use of 任务与责任书: the 工作台 counts, and the scheduler's escalation of overdue tasks. */
export { openEscalations, openTasksFor } from './repo';
export { escalateOverdue } from './use-cases/escalate-overdue';
