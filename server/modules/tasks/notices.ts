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

/** A person's task given to someone else by an edit: the new assignee hears of it as a new task, the one taken off it that it is no longer theirs. */
export function reassignedNotices(task: { id: string; title: string; dueOn: string }, from: string, to: string, version: number): Notice[] {
  return [
    { ...assignedNotice(task, to), sourceKey: `task:${task.id}:assigned:${version}` },
    {
      userId: from,
      kind: 'task',
      title: `任务已改由他人负责：${task.title}`,
      body: `创文指挥部把任务“${task.title}”交给了其他同事，您不用再为它汇报进度了。您汇报过的记录都还在。`,
      link: taskLink(task.id),
      sourceKey: `task:${task.id}:unassigned:${version}`,
    },
  ];
}

/** A person's task whose deadline an edit moved: its assignee plans by it. */
export function deadlineMovedNotice(task: { id: string; title: string; dueOn: string }, was: string, assigneeId: string, version: number): Notice {
  return {
    userId: assigneeId,
    kind: 'task',
    title: `任务期限已改：${task.title}`,
    body: `创文指挥部把任务“${task.title}”的期限从${was}改为${task.dueOn}，请按新的期限完成并汇报进度。`,
    link: taskLink(task.id),
    sourceKey: `task:${task.id}:deadline:${version}`,
  };
}

/** A person's task withdrawn (撤销), on its own or with what it was under: its assignee stops working on it. */
export function withdrawnNotice(task: { id: string; title: string }, assigneeId: string, reason: string): Notice {
  return {
    userId: assigneeId,
    kind: 'task',
    title: `任务已撤销：${task.title}`,
    body: `创文指挥部撤销了任务“${task.title}”（原因：${reason}），不用再做也不用再汇报了。您汇报过的记录都还在。`,
    link: taskLink(task.id),
    sourceKey: `task:${task.id}:withdrawn`,
  };
}
