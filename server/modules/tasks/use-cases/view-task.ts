import type { UseCaseContext } from '../../../core/action';
import { beijingDay, iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { userNames } from '../../identity/facade';
import type { TaskDetail } from '../contracts';
import { shownPercent } from '../domain/rollup';
import { mayReport, maySee } from '../permissions';
import { allNodes, progressOf as reportsOf } from '../repo';
import { namesFor, nodeView, pathOf, progressOf } from '../views';

/** One task with its place in the plan and its progress reports, to those who follow it. */
export async function viewTask({ db, actor, now }: UseCaseContext, input: { taskId: string }): Promise<TaskDetail> {
  const rows = await allNodes(db, actor.countyId);
  const row = rows.find((r) => r.id === input.taskId);
  if (!row || !maySee(actor, row, row.escalatedAt !== null)) throw fail.notFound('没有找到这项任务');
  const progress = progressOf(rows);
  const [names, history] = await Promise.all([namesFor(db, [row]), reportsOf(db, row.id)]);
  const by = await userNames(db, history.map((h) => h.userId));
  const { children: _children, ...task } = nodeView(row, names, shownPercent(progress.get(row.id) ?? 0), beijingDay(now));
  return {
    task,
    path: pathOf(rows, row.id),
    canReport: row.level === 'person' && !task.done && !task.withdrawn && mayReport(actor, row),
    history: history.map((h) => ({ id: h.id, percent: h.percent, note: h.note, photos: h.photos as unknown as string[], by: by.get(h.userId) ?? '', at: iso(h.createdAt) })),
  };
}
