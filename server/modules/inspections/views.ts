import type { Kysely } from 'kysely';
import { iso } from '../../core/clock';
import type { DB } from '../../db/schema';
import { listCommunities, listDepartments } from '../places/facade';
import type { ChecklistItem, ChecklistView, SiteType, SiteView } from './contracts';
import type { SiteRow } from './repo';

export interface PlaceNames {
  community(id: string): { name: string; area: string };
  department(id: string): string;
}

/** The names of the county's communities (with their areas) and departments, through the places facade. */
export async function placeNames(db: Kysely<DB>, countyId: string): Promise<PlaceNames> {
  const [communities, departments] = await Promise.all([listCommunities(db, countyId), listDepartments(db, countyId)]);
  const c = new Map(communities.map((x) => [x.id, { name: x.name, area: x.areaName }] as const));
  const d = new Map(departments.map((x) => [x.id, x.name] as const));
  return { community: (id) => c.get(id) ?? { name: '', area: '' }, department: (id) => d.get(id) ?? '' };
}

export function siteView(row: SiteRow, names: PlaceNames): SiteView {
  const c = names.community(row.communityId);
  return {
    id: row.id,
    name: row.name,
    siteType: row.siteType as SiteType,
    communityId: row.communityId,
    community: c.name,
    areaId: row.areaId,
    area: c.area,
    departmentId: row.departmentId,
    department: names.department(row.departmentId),
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    retired: row.retiredAt != null,
    version: row.version,
  };
}

export function checklistView(c: { id: string; siteType: string; title: string; version: number; createdAt: Date }, items: ChecklistItem[]): ChecklistView {
  return { id: c.id, siteType: c.siteType as SiteType, title: c.title, version: c.version, createdAt: iso(c.createdAt), items, maxScore: items.reduce((s, i) => s + i.points, 0) };
}
