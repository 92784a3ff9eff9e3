import type { z } from 'zod';
import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { attachOwnPhotos } from '../../files/facade';
import { deliver } from '../../inbox/facade';
import type { ManagedNotice, noticesInputs } from '../contracts';
import { managesBuilding, noticeRole } from '../permissions';
import { findBuilding } from '../../places/facade';
import { insertNoticeOnce, insertNoticeUnits, insertRevision, noticeIdByKey, noticeUnitIds } from '../repo';
import { countHouseholds, loadNotice, residentsOfUnits, unitsOfBuilding } from '../rows';
import { audienceLabel, managedView } from '../views';

type Input = z.output<typeof noticesInputs.post>;

export const noticeLink = (noticeId: string) => `/features/notices/pages/detail/index?id=${noticeId}`;

async function postedWithKey(ctx: UseCaseContext, key: string): Promise<ManagedNotice | null> {
  const noticeId = await noticeIdByKey(ctx.db, ctx.actor.userId, key);
  if (!noticeId) return null;
  const n = await loadNotice(ctx.db, ctx.actor.countyId, noticeId);
  const unitIds = (await noticeUnitIds(ctx.db, [n.id])).get(n.id) ?? [];
  return managedView(n, audienceLabel(unitIds, await unitsOfBuilding(ctx.db, n.buildingId)));
}

/** A captain (or the community's staff) posts to their whole building or chosen units; everyone living there is told. */
export async function postNotice(ctx: UseCaseContext, input: Input): Promise<ManagedNotice> {
  const { db, actor, now } = ctx;
  const building = await findBuilding(db, actor.countyId, input.buildingId);
  if (!building) throw fail.notFound('没有找到这栋楼');
  const scope = { buildingId: building.id, communityId: building.communityId };
  if (!managesBuilding(actor, scope)) throw fail.forbidden('只能给自己负责的楼栋发通知');
  const already = input.idempotencyKey ? await postedWithKey(ctx, input.idempotencyKey) : null;
  if (already) return already;
  const units = await unitsOfBuilding(db, building.id);
  const chosen = input.unitIds.length === 0 ? units.map((u) => u.id) : [...new Set(input.unitIds)];
  if (chosen.some((id) => !units.some((u) => u.id === id))) throw fail.validation('所选单元不在这栋楼', [{ field: 'unitIds', message: '请重新选择单元' }]);
  if (new Date(input.endsAt).getTime() <= now.getTime()) throw fail.validation('结束时间要晚于现在', [{ field: 'endsAt', message: '结束时间要晚于现在' }]);
  await attachOwnPhotos(db, actor, input.images, 'images');

  const id = newId();
  const inserted = await insertNoticeOnce(db, {
    idempotencyKey: input.idempotencyKey ?? null,
    id,
    countyId: actor.countyId,
    buildingId: building.id,
    authorId: actor.userId,
    title: input.title,
    body: input.body,
    images: JSON.stringify(input.images),
    pinned: input.pinned,
    endsAt: input.endsAt,
    status: 'published',
    audienceHouseholds: await countHouseholds(db, chosen),
    createdAt: now,
    updatedAt: now,
  });
  // A racing retry with the same key got there first.
  if (!inserted) return (await postedWithKey(ctx, input.idempotencyKey!))!;
  await insertNoticeUnits(db, id, chosen);
  await insertRevision(db, { id: newId(), countyId: actor.countyId, noticeId: id, version: 1, action: 'posted', title: input.title, body: input.body, images: JSON.stringify(input.images), pinned: input.pinned, endsAt: input.endsAt, unitIds: JSON.stringify(chosen), byUser: actor.userId, at: now });
  const people = (await residentsOfUnits(db, chosen)).filter((p) => p.userId !== actor.userId);
  await deliver(
    db,
    actor.countyId,
    people.map((p) => ({ userId: p.userId, kind: 'notice', title: `楼栋通知：${input.title}`, body: input.body.slice(0, 60), link: noticeLink(id), sourceKey: `notice:${id}:posted` })),
    now,
  );
  await recordAudit(db, actor, { role: noticeRole(actor, scope), action: 'notices.post', subjectType: 'notice', subjectId: id, data: { buildingId: building.id, units: chosen.length }, at: now });
  return managedView(await loadNotice(db, actor.countyId, id), audienceLabel(chosen, units));
}
