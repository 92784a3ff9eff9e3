import type { UseCaseContext } from '../../../core/action';
import type { BuildingOption } from '../contracts';
import { unitsOfBuildings } from '../../places/facade';
import { managedBuildings } from '../scope';

/** Where the caller may post: their buildings with units. */
export async function listBuildings(ctx: UseCaseContext): Promise<BuildingOption[]> {
  const buildings = await managedBuildings(ctx.db, ctx.actor);
  if (buildings.length === 0) return [];
  const units = await unitsOfBuildings(ctx.db, buildings.map((b) => b.id), { byName: true });
  return buildings.map((b) => ({ id: b.id, name: b.name, communityName: b.communityName, units: units.filter((u) => u.buildingId === b.id).map((u) => ({ id: u.id, name: u.name })) }));
}
