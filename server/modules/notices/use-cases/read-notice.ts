import { sql } from 'kysely';
import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { currentHome } from '../../households/facade';
import { markReadBySource } from '../../inbox/facade';
import type { NoticeView } from '../contracts';
import { loadNotice, reachesUnit } from '../repo';
import { noticeView } from '../views';

/**
 * A resident opens a notice of their own unit: the household's receipt is
 * made once (a primary key), and only a receipt really made moves the count.
 * `acknowledge` adds 收到 the same way.
 */
async function receipt(ctx: UseCaseContext, noticeId: string, acknowledge: boolean): Promise<NoticeView> {
  const { db, actor, now } = ctx;
  const home = await currentHome(db, actor.countyId, actor.userId);
  if (!home) throw fail.forbidden('绑定住户后才能查看本楼通知');
  const n = await loadNotice(db, actor.countyId, noticeId);
  // Another building's or unit's notice does not exist for this resident.
  if (n.status !== 'published' || n.buildingId !== home.buildingId || !(await reachesUnit(db, n.id, home.unitId))) throw fail.notFound('没有找到这条通知');

  const made = await db
    .insertInto('noticeReads')
    .values({ noticeId: n.id, householdId: home.householdId, countyId: actor.countyId, firstReader: actor.userId, readAt: now })
    .onConflict((oc) => oc.columns(['noticeId', 'householdId']).doNothing())
    .returning('noticeId')
    .executeTakeFirst();
  if (made) await db.updateTable('notices').set({ readHouseholds: sql`read_households + 1` }).where('id', '=', n.id).execute();
  await markReadBySource(db, actor.userId, `notice:${n.id}:`, now);
  let acknowledged = false;
  if (acknowledge) {
    const acked = await db
      .updateTable('noticeReads')
      .set({ acknowledgedAt: now, acknowledgedBy: actor.userId })
      .where('noticeId', '=', n.id)
      .where('householdId', '=', home.householdId)
      .where('acknowledgedAt', 'is', null)
      .returning('noticeId')
      .executeTakeFirst();
    if (acked) await db.updateTable('notices').set({ acknowledgedHouseholds: sql`acknowledged_households + 1` }).where('id', '=', n.id).execute();
    acknowledged = true;
  } else {
    const r = await db.selectFrom('noticeReads').select('acknowledgedAt').where('noticeId', '=', n.id).where('householdId', '=', home.householdId).executeTakeFirst();
    acknowledged = r?.acknowledgedAt != null;
  }
  return noticeView(n, { audienceLabel: home.unitName, read: true, acknowledged });
}

export function readNotice(ctx: UseCaseContext, input: { noticeId: string }): Promise<NoticeView> {
  return receipt(ctx, input.noticeId, false);
}

export function acknowledgeNotice(ctx: UseCaseContext, input: { noticeId: string }): Promise<NoticeView> {
  return receipt(ctx, input.noticeId, true);
}
