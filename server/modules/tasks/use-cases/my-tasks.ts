import type { UseCaseContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import { scopesOf } from '../../../core/actor';
import type { MyTask } from '../contracts';
import { isOverdue } from '../domain/week';
import { allNodes, mineIds } from '../repo';
import { namesFor, pathOf } from '../views';

/** The caller's people's tasks: given to them, or to a unit they handle; unfinished first, by deadline. */
export async function myTasks({ db, actor, now }: UseCaseContext): Promise<MyTask[]> {
  const ids = new Set(await mineIds(db, actor.countyId, actor.userId, scopesOf(actor, 'handler')));
  if (ids.size === 0) return [];
  const rows = await allNodes(db, actor.countyId);
  const mine = rows.filter((r) => ids.has(r.id));
  const names = await namesFor(db, mine);
  const today = beijingDay(now);
  return mine
    .map((r) => {
      const done = r.progress >= 100;
      return { id: r.id, title: r.title, path: pathOf(rows, r.id), leadUnit: names.units.get(r.leadUnitId) ?? '', dueOn: r.dueOn, progress: r.progress, done, overdue: isOverdue({ dueOn: r.dueOn, done }, today), mine: r.assigneeId === actor.userId };
    })
    .sort((a, b) => Number(a.done) - Number(b.done) || (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}
