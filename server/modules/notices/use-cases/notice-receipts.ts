import type { UseCaseContext } from '../../../core/action';
import { beijingDay, iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import type { ReceiptsView, RevisionView } from '../contracts';
import { managesBuilding } from '../permissions';
import { noticeUnitIds } from '../repo';
import { boundHouseholdIds, householdReceipts, loadNotice, type NoticeRow, residentsOfUnits, revisionsOf, unitsOfBuilding } from '../rows';
import { audienceLabel, managedView } from '../views';
import { noticeLink } from './post-notice';

async function managed(ctx: UseCaseContext, noticeId: string): Promise<{ n: NoticeRow; unitIds: string[] }> {
  const n = await loadNotice(ctx.db, ctx.actor.countyId, noticeId);
  if (!managesBuilding(ctx.actor, n)) throw fail.forbidden('只能查看自己负责楼栋的通知回执');
  return { n, unitIds: (await noticeUnitIds(ctx.db, [n.id])).get(n.id) ?? [] };
}

/** Which households of the audience have read it and said 收到, unit by unit: one indexed join, however many households. */
export async function noticeReceipts(ctx: UseCaseContext, input: { noticeId: string }): Promise<ReceiptsView> {
  const { db } = ctx;
  const { n, unitIds } = await managed(ctx, input.noticeId);
  const units = await unitsOfBuilding(db, n.buildingId);
  const rows = await householdReceipts(db, n.id, unitIds);
  const bound = new Set(await boundHouseholdIds(db, rows.map((r) => r.id)));
  return {
    notice: managedView(n, audienceLabel(unitIds, units)),
    units: units
      .filter((u) => unitIds.includes(u.id))
      .map((u) => ({
        unitId: u.id,
        unitName: u.name,
        households: rows
          .filter((r) => r.unitId === u.id)
          .map((r) => ({ householdId: r.id, room: r.room, bound: bound.has(r.id), readAt: r.readAt ? iso(r.readAt) : null, acknowledgedAt: r.acknowledgedAt ? iso(r.acknowledgedAt) : null })),
      })),
  };
}

/** Tells the people of households that have not read it; a second reminder the same day tells no one twice. */
export async function remindUnread(ctx: UseCaseContext, input: { noticeId: string }): Promise<{ households: number; people: number }> {
  const { db, actor, now } = ctx;
  const { n, unitIds } = await managed(ctx, input.noticeId);
  if (n.status !== 'published' || new Date(n.endsAt).getTime() <= now.getTime()) throw fail.conflict('通知已撤回或已过期，不能再提醒');
  const people = (await residentsOfUnits(db, unitIds, { noticeId: n.id })).filter((p) => p.userId !== actor.userId);
  await deliver(
    db,
    actor.countyId,
    people.map((p) => ({ userId: p.userId, kind: 'notice', title: `提醒：请查看楼栋通知「${n.title}」`, body: n.body.slice(0, 60), link: noticeLink(n.id), sourceKey: `notice:${n.id}:remind:${beijingDay(now)}` })),
    now,
  );
  return { households: new Set(people.map((p) => p.householdId)).size, people: people.length };
}

export async function noticeHistory(ctx: UseCaseContext, input: { noticeId: string }): Promise<RevisionView[]> {
  const { n } = await managed(ctx, input.noticeId);
  const rows = await revisionsOf(ctx.db, n.id);
  return rows.map((r) => ({ version: r.version, action: r.action, title: r.title, body: r.body, pinned: r.pinned, endsAt: iso(r.endsAt), by: r.name, at: iso(r.at) }));
}
