import type { Notice } from '../inbox/facade';

export const taskLink = (id: string) => `/features/tasks/pages/task/index?id=${id}`;
export const BOARD_LINK = '/features/tasks/pages/board/index';

/** An overdue task escalated to its area's sub-command (督办): the area's leads, and the person it is given to. */
export function escalationNotices(task: { id: string; title: string; dueOn: string; assigneeId: string | null }, area: string, leads: readonly string[]): Notice[] {
  const toLeads = leads.map((userId) => ({
    userId,
    kind: 'task',
    title: `逾期任务督办：${task.title}`,
    body: `${area}的任务“${task.title}”已过期限（${task.dueOn}）还没完成，请督促责任单位尽快办结。`,
    link: BOARD_LINK,
    sourceKey: `task:${task.id}:escalated`,
  }));
  const toAssignee = task.assigneeId && !leads.includes(task.assigneeId)
    ? [{
        userId: task.assigneeId,
        kind: 'task',
        title: `任务已逾期：${task.title}`,
        body: `您的任务“${task.title}”已过期限（${task.dueOn}），已报${area}督办。请尽快完成，并汇报进度。`,
        link: taskLink(task.id),
        sourceKey: `task:${task.id}:escalated`,
      }]
    : [];
  return [...toLeads, ...toAssignee];
}

/** A person's task given to them. */
export function assignedNotice(task: { id: string; title: string; dueOn: string }, assigneeId: string): Notice {
  return {
    userId: assigneeId,
    kind: 'task',
    title: `新任务：${task.title}`,
    body: `创文指挥部给您安排了任务“${task.title}”，期限${task.dueOn}。做的过程中请随时汇报进度。`,
    link: taskLink(task.id),
    sourceKey: `task:${task.id}:assigned`,
  };
}
