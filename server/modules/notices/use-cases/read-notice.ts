import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { currentHome } from '../../households/facade';
import { markReadBySource } from '../../inbox/facade';
import type { NoticeView } from '../contracts';
import { acknowledgedBy, reachesUnit, recordAcknowledgement, recordRead } from '../repo';
import { loadNotice } from '../rows';
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

  await recordRead(db, { noticeId: n.id, householdId: home.householdId, countyId: actor.countyId, firstReader: actor.userId, readAt: now });
  await markReadBySource(db, actor.userId, `notice:${n.id}:`, now);
  let acknowledged = false;
  if (acknowledge) {
    await recordAcknowledgement(db, { noticeId: n.id, householdId: home.householdId, by: actor.userId, at: now });
    acknowledged = true;
  } else {
    acknowledged = await acknowledgedBy(db, n.id, home.householdId);
  }
  return noticeView(n, { audienceLabel: home.unitName, read: true, acknowledged });
}

export function readNotice(ctx: UseCaseContext, input: { noticeId: string }): Promise<NoticeView> {
  return receipt(ctx, input.noticeId, false);
}

export function acknowledgeNotice(ctx: UseCaseContext, input: { noticeId: string }): Promise<NoticeView> {
  return receipt(ctx, input.noticeId, true);
}
