import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { attachOwnPhotos } from '../../files/facade';
import { mayReport } from '../permissions';
import { insertProgress, lockNode, setProgress } from '../repo';

/**
 * 汇报进度 on a person's task: the assignee or a handler of its lead or
 * responsible unit, with a percentage, a note and their own photos. The row is
 * held while the report is written, so two reports at once land one after the
 * other; 100% finishes the task, and a finished task takes no more reports.
 */
export async function reportProgress(
  { db, actor, now }: UseCaseContext,
  input: { taskId: string; percent: number; note?: string; photos: string[] },
): Promise<{ progress: number; done: boolean }> {
  const task = await lockNode(db, actor.countyId, input.taskId);
  if (!task || !mayReport(actor, task)) throw fail.notFound('没有找到这项任务');
  if (task.level !== 'person') throw fail.validation('进度汇报在个人任务上，上级任务的进度按权重自动汇总');
  if (task.withdrawnAt) throw fail.conflict('这项任务已经撤销了，不用再汇报');
  if (task.doneAt) throw fail.conflict('这项任务已经完成了，不用再汇报');
  await attachOwnPhotos(db, { countyId: actor.countyId, userId: actor.userId }, input.photos);
  await insertProgress(db, { id: newId(), countyId: actor.countyId, taskId: task.id, userId: actor.userId, percent: input.percent, note: input.note ?? '', photos: input.photos, createdAt: now });
  const done = input.percent === 100;
  await setProgress(db, task.id, input.percent, done ? now : null);
  return { progress: input.percent, done };
}
