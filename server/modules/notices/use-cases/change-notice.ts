import type { z } from 'zod';
import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { attachOwnPhotos } from '../../files/facade';
import type { ManagedNotice, noticesInputs } from '../contracts';
import { managesBuilding, noticeRole } from '../permissions';
import { insertRevision, markNoticeWithdrawn, noticeUnitIds, saveNoticeEdit } from '../repo';
import { loadNotice, type NoticeRow, unitsOfBuilding } from '../rows';
import { audienceLabel, managedView } from '../views';

async function lockForChange(ctx: UseCaseContext, noticeId: string): Promise<NoticeRow> {
  const n = await loadNotice(ctx.db, ctx.actor.countyId, noticeId, true);
  if (!managesBuilding(ctx.actor, n)) throw fail.forbidden('只能修改自己负责楼栋的通知');
  if (n.status === 'withdrawn') throw fail.conflict('通知已撤回');
  return n;
}

async function view(ctx: UseCaseContext, noticeId: string): Promise<ManagedNotice> {
  const n = await loadNotice(ctx.db, ctx.actor.countyId, noticeId);
  const unitIds = (await noticeUnitIds(ctx.db, [n.id])).get(n.id) ?? [];
  return managedView(n, audienceLabel(unitIds, await unitsOfBuilding(ctx.db, n.buildingId)));
}

/** Edits keep every earlier version in the history; receipts stay (the household read the notice, not the version). */
export async function editNotice(ctx: UseCaseContext, input: z.output<typeof noticesInputs.edit>): Promise<ManagedNotice> {
  const { db, actor, now } = ctx;
  const n = await lockForChange(ctx, input.noticeId);
  if (new Date(input.endsAt).getTime() <= now.getTime()) throw fail.validation('结束时间要晚于现在', [{ field: 'endsAt', message: '结束时间要晚于现在' }]);
  const added = input.images.filter((ref) => !n.images.includes(ref));
  await attachOwnPhotos(db, actor, added, 'images');
  const version = n.version + 1;
  await saveNoticeEdit(db, n.id, { title: input.title, body: input.body, images: JSON.stringify(input.images), pinned: input.pinned, endsAt: input.endsAt, version, updatedAt: now });
  const unitIds = (await noticeUnitIds(db, [n.id])).get(n.id) ?? [];
  await insertRevision(db, { id: newId(), countyId: actor.countyId, noticeId: n.id, version, action: 'edited', title: input.title, body: input.body, images: JSON.stringify(input.images), pinned: input.pinned, endsAt: input.endsAt, unitIds: JSON.stringify(unitIds), byUser: actor.userId, at: now });
  await recordAudit(db, actor, { role: noticeRole(actor, n), action: 'notices.edit', subjectType: 'notice', subjectId: n.id, data: { version }, at: now });
  return view(ctx, n.id);
}

/** Withdrawn notices leave residents' lists; the history keeps what was said. */
export async function withdrawNotice(ctx: UseCaseContext, input: { noticeId: string; reason?: string }): Promise<ManagedNotice> {
  const { db, actor, now } = ctx;
  const n = await lockForChange(ctx, input.noticeId);
  const version = n.version + 1;
  await markNoticeWithdrawn(db, n.id, version, now);
  const unitIds = (await noticeUnitIds(db, [n.id])).get(n.id) ?? [];
  await insertRevision(db, { id: newId(), countyId: actor.countyId, noticeId: n.id, version, action: 'withdrawn', title: n.title, body: n.body, images: JSON.stringify(n.images), pinned: n.pinned, endsAt: n.endsAt, unitIds: JSON.stringify(unitIds), byUser: actor.userId, at: now });
  await recordAudit(db, actor, { role: noticeRole(actor, n), action: 'notices.withdraw', subjectType: 'notice', subjectId: n.id, data: { reason: input.reason ?? null }, at: now });
  return view(ctx, n.id);
}
