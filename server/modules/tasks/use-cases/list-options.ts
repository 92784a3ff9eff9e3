import type { UseCaseContext } from '../../../core/action';
import { postsInCounty } from '../../identity/facade';
import { listAreas, listDepartments } from '../../places/facade';
import type { TaskOptions } from '../contracts';

/** What the plan's builder picks from: units, areas, and the units' handlers (a person's task goes to one of them). */
export async function listTaskOptions({ db, actor }: UseCaseContext): Promise<TaskOptions> {
  const [units, areas, posts] = await Promise.all([listDepartments(db, actor.countyId), listAreas(db, actor.countyId), postsInCounty(db, actor.countyId, ['handler'])]);
  const unitName = new Map(units.map((u) => [u.id, u.name] as const));
  const people = posts.filter((p) => p.scopeType === 'department').map((p) => ({ userId: p.userId, name: p.userName, unit: unitName.get(p.scopeId) ?? '' }));
  return { units, areas, people };
}
