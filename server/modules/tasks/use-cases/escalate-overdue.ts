import type { Kysely } from 'kysely';
import { beijingDay } from '../../../core/clock';
import type { DB } from '../../../db/schema';
import { holdersOf } from '../../identity/facade';
import { deliver } from '../../inbox/facade';
import { namesOfPlaces } from '../../places/facade';
import { escalationNotices } from '../notices';
import { insertEscalation, overdueUnescalated } from '../repo';

const BATCH = 200;

/**
 * The scheduler's pass: each person's task past its Beijing deadline and not
 * finished is escalated ONCE to its area's sub-command (片区分指挥部), whose
 * leads and the assignee are told. Each task in its own transaction; the
 * escalation's primary key lets only one of two racing passes record it, and
 * only the pass that recorded it tells anyone.
 */
export async function escalateOverdue(db: Kysely<DB>, now: Date, scope: { countyId?: string } = {}): Promise<number> {
  const due = await overdueUnescalated(db, beijingDay(now), BATCH, scope.countyId);
  let escalated = 0;
  for (const task of due) {
    const done = await db.transaction().execute(async (trx) => {
      if (!(await insertEscalation(trx, { taskId: task.id, countyId: task.countyId, areaId: task.areaId!, escalatedAt: now }))) return false;
      const [leads, areas] = await Promise.all([holdersOf(trx, task.countyId, 'area_lead', 'area', task.areaId!), namesOfPlaces(trx, 'areas', [task.areaId])]);
      await deliver(trx, task.countyId, escalationNotices(task, areas.get(task.areaId!) ?? '本片区', leads), now);
      return true;
    });
    if (done) escalated++;
  }
  return escalated;
}
