import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fail } from '../../core/errors';
import type { DB } from '../../db/schema';
import { COLUMN_LABELS, conflictingCommunities, householdKey, mapHeaders, readRow, withoutRepeats, type Column, type PlaceRow, type Refused } from './domain/place-rows';
import { placesByName } from './repo';
import { readSheet } from './sheet-file';

export interface ImportCounts {
  areas: number;
  communities: number;
  buildings: number;
  units: number;
  households: number;
}

export interface ImportPlan {
  /** sha256 of the file: a commit must be of the file that was previewed. */
  digest: string;
  /** Households to add, in file order. */
  adding: PlaceRow[];
  /** Rows naming households the county has already. */
  unchanged: number;
  refused: Refused[];
  /** What the rows to add would create. */
  counts: ImportCounts;
}

const join = (...parts: string[]) => parts.join('\u0001');

/** The county's places, keyed by name, as the import sees them. */
export async function knownPlaces(db: Kysely<DB>, countyId: string, withHouseholds = true) {
  const p = await placesByName(db, countyId, withHouseholds);
  const communityName = new Map(p.communities.map((c) => [c.id, c.name]));
  const building = new Map(p.buildings.map((b) => [b.id, { community: communityName.get(b.communityId) ?? '', name: b.name }]));
  const unit = new Map(p.units.map((u) => [u.id, { ...building.get(u.buildingId)!, unit: u.name }]));
  return {
    areas: new Map(p.areas.map((a) => [a.name, a.id])),
    communities: new Map(p.communities.map((c) => [c.name, { id: c.id, area: c.areaName, kind: c.kind }])),
    buildings: new Map(p.buildings.map((b) => [join(communityName.get(b.communityId) ?? '', b.name), b.id])),
    units: new Map(p.units.map((u) => [join(building.get(u.buildingId)!.community, building.get(u.buildingId)!.name, u.name), u.id])),
    households: new Set(p.households.map((h) => {
      const u = unit.get(h.unitId)!;
      return householdKey({ community: u.community, building: u.name, unit: u.unit, room: h.room });
    })),
  };
}

/**
 * What importing a sheet into the county would do, row by row: households to
 * add, households already there, and rows refused with their line and why.
 * Nothing is written here.
 */
export async function planImport(db: Kysely<DB>, countyId: string, fileName: string, bytes: Buffer): Promise<ImportPlan> {
  const digest = createHash('sha256').update(bytes).digest('hex');
  const lines = await readSheet(fileName, bytes);
  if (lines.length < 2) throw fail.validation('表格里没有住户', [{ field: 'data', message: '第一行写列名，从第二行起每行一户（模板里有例子）' }]);
  const { at, missing } = mapHeaders(lines[0].cells);
  if (missing.length) {
    throw fail.validation(`表格缺少这几列：${missing.map((c) => COLUMN_LABELS[c]).join('、')}`, [{ field: 'data', message: '第一行要写列名：片区、社区/村、楼栋/组、单元（村可不填）、房号/户' }]);
  }
  const refused: Refused[] = [];
  const read: PlaceRow[] = [];
  for (const { line, cells } of lines.slice(1)) {
    const byColumn: Partial<Record<Column, string>> = {};
    for (const [column, index] of Object.entries(at) as [Column, number][]) byColumn[column] = cells[index] ?? '';
    const r = readRow(byColumn, line);
    if ('row' in r) read.push(r.row);
    else refused.push(r.refused);
  }
  const known = await knownPlaces(db, countyId);
  const once = withoutRepeats(read);
  const fitting = conflictingCommunities(
    once.rows,
    new Map([...known.communities].map(([name, c]) => [name, { area: c.area, kind: c.kind }])),
  );
  refused.push(...once.refused, ...fitting.refused);
  refused.sort((a, b) => a.line - b.line);

  const adding = fitting.rows.filter((r) => !known.households.has(householdKey(r)));
  const distinct = (keys: string[], have: (k: string) => boolean) => new Set(keys.filter((k) => !have(k))).size;
  return {
    digest,
    adding,
    unchanged: fitting.rows.length - adding.length,
    refused,
    counts: {
      areas: distinct(adding.map((r) => r.area), (k) => known.areas.has(k)),
      communities: distinct(adding.map((r) => r.community), (k) => known.communities.has(k)),
      buildings: distinct(adding.map((r) => join(r.community, r.building)), (k) => known.buildings.has(k)),
      units: distinct(adding.map((r) => join(r.community, r.building, r.unit)), (k) => known.units.has(k)),
      households: adding.length,
    },
  };
}
