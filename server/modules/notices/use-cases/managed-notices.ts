import type { UseCaseContext } from '../../../core/action';
import type { ManagedNotice } from '../contracts';
import { noticeUnitIds, NoticeRow } from '../repo';
import { managedBuildings } from '../scope';
import { audienceLabel, managedView } from '../views';

const LIMIT = 100;

/** What the caller has posted to the buildings they look after, newest first, with receipt counts. */
export async function managedNotices(ctx: UseCaseContext): Promise<ManagedNotice[]> {
  const { db, actor } = ctx;
  const buildings = await managedBuildings(db, actor);
  if (buildings.length === 0) return [];
  const rows = await db
    .selectFrom('notices as n')
    .innerJoin('buildings as b', 'b.id', 'n.buildingId')
    .selectAll('n')
    .select(['b.name as buildingName', 'b.communityId'])
    .where('n.buildingId', 'in', buildings.map((b) => b.id))
    .orderBy('n.createdAt', 'desc')
    .limit(LIMIT)
    .execute();
  const unitsByNotice = await noticeUnitIds(db, rows.map((r) => r.id));
  const units = rows.length
    ? await db.selectFrom('units').select(['id', 'name', 'buildingId']).where('buildingId', 'in', [...new Set(rows.map((r) => r.buildingId))]).execute()
    : [];
  return rows.map((r) => managedView(r as NoticeRow, audienceLabel(unitsByNotice.get(r.id) ?? [], units.filter((u) => u.buildingId === r.buildingId))));
}
