import type { UseCaseContext } from '../../../core/action';
import type { ManagedNotice } from '../contracts';
import { unitsOfBuildings } from '../../places/facade';
import { noticesOfBuildings, noticeUnitIds } from '../repo';
import { withBuildings } from '../rows';
import { managedBuildings } from '../scope';
import { audienceLabel, managedView } from '../views';

const LIMIT = 100;

/** What the caller has posted to the buildings they look after, newest first, with receipt counts. */
export async function managedNotices(ctx: UseCaseContext): Promise<ManagedNotice[]> {
  const { db, actor } = ctx;
  const buildings = await managedBuildings(db, actor);
  if (buildings.length === 0) return [];
  const rows = withBuildings(await noticesOfBuildings(db, buildings.map((b) => b.id), LIMIT), buildings);
  const unitsByNotice = await noticeUnitIds(db, rows.map((r) => r.id));
  const units = await unitsOfBuildings(db, [...new Set(rows.map((r) => r.buildingId))], { byName: false });
  return rows.map((r) => managedView(r, audienceLabel(unitsByNotice.get(r.id) ?? [], units.filter((u) => u.buildingId === r.buildingId))));
}
