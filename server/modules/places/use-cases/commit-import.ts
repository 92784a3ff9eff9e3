import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import type { ImportResult } from '../contracts';
import { knownPlaces, planImport } from '../import-plan';
import { insertIgnoringExisting } from '../repo';
import { assertPlacesAdmin, dropUploadedFile, sheetBytes } from '../sheet-source';

const join = (...parts: string[]) => parts.join('\u0001');

/**
 * Writes what the preview showed, in this call's one transaction: all of it
 * or nothing. Each level is inserted by its natural key (an area or
 * community by name, a building in its community, a unit in its building, a
 * room in its unit), skipping what exists: importing the same sheet again
 * adds nothing, a sheet with new rooms adds only those, and two admins
 * importing at once make each place once.
 */
export async function commitImport(ctx: UseCaseContext, input: { fileName: string; data?: string; fileId?: string; digest: string; skipRefused: boolean }): Promise<ImportResult> {
  assertPlacesAdmin(ctx);
  const { db, actor, now } = ctx;
  const countyId = actor.countyId;
  const plan = await planImport(db, countyId, input.fileName, await sheetBytes(ctx, input));
  if (plan.digest !== input.digest) throw fail.conflict('文件和预览时的不一样了，请重新预览');
  if (plan.refused.length && !input.skipRefused) throw fail.validation(`还有 ${plan.refused.length} 行有问题：改好后重新导入，或选择跳过这些行`);

  const rows = plan.adding;
  await insertIgnoringExisting(db, 'areas', [...new Set(rows.map((r) => r.area))].map((name) => ({ id: newId(), countyId, name })), ['countyId', 'name']);
  let known = await knownPlaces(db, countyId, false);
  const communities = new Map(rows.map((r) => [r.community, r]));
  await insertIgnoringExisting(
    db,
    'communities',
    [...communities.values()].map((r) => ({ id: newId(), countyId, areaId: known.areas.get(r.area)!, name: r.community, kind: r.kind })),
    ['countyId', 'name'],
  );
  known = await knownPlaces(db, countyId, false);
  const buildings = new Map(rows.map((r) => [join(r.community, r.building), r]));
  await insertIgnoringExisting(
    db,
    'buildings',
    [...buildings.values()].map((r) => ({ id: newId(), countyId, communityId: known.communities.get(r.community)!.id, name: r.building })),
    ['communityId', 'name'],
  );
  known = await knownPlaces(db, countyId, false);
  const units = new Map(rows.map((r) => [join(r.community, r.building, r.unit), r]));
  await insertIgnoringExisting(
    db,
    'units',
    [...units.values()].map((r) => ({ id: newId(), countyId, buildingId: known.buildings.get(join(r.community, r.building))!, name: r.unit })),
    ['buildingId', 'name'],
  );
  known = await knownPlaces(db, countyId, false);
  const households = await insertIgnoringExisting(
    db,
    'households',
    rows.map((r) => ({ id: newId(), countyId, unitId: known.units.get(join(r.community, r.building, r.unit))!, room: r.room })),
    ['unitId', 'room'],
  );
  const result: ImportResult = { added: { ...plan.counts, households }, unchanged: plan.unchanged + (rows.length - households), skipped: plan.refused.length };
  await recordAudit(db, actor, { role: 'admin', action: 'places.import', subjectType: 'county', subjectId: countyId, data: { fileName: input.fileName, digest: plan.digest, ...result }, at: now });
  await dropUploadedFile(ctx, input);
  return result;
}
