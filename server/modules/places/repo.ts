import { sql, Kysely, type Insertable, type SelectQueryBuilder } from 'kysely';
import type { BoundingBox } from '../../core/geo';
import type { DB } from '../../db/schema';

/** Places are read county-scoped: an id from another county is simply not found. */
export function listCommunities(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('communities as c')
    .innerJoin('areas as a', 'a.id', 'c.areaId')
    .select(['c.id', 'c.name', 'c.kind', 'a.name as areaName'])
    .where('c.countyId', '=', countyId)
    .orderBy('a.name')
    .orderBy('c.name')
    .execute();
}

export function listBuildings(db: Kysely<DB>, countyId: string, communityId: string) {
  return db
    .selectFrom('buildings')
    .select(['id', 'name'])
    .where('countyId', '=', countyId)
    .where('communityId', '=', communityId)
    .orderBy('name')
    .execute();
}

export function listUnits(db: Kysely<DB>, countyId: string, buildingId: string) {
  return db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('countyId', '=', countyId)
    .where('buildingId', '=', buildingId)
    .orderBy('name')
    .execute();
}

export function listHouseholds(db: Kysely<DB>, countyId: string, unitId: string) {
  return db
    .selectFrom('households')
    .select(['id', 'room'])
    .where('countyId', '=', countyId)
    .where('unitId', '=', unitId)
    .orderBy('room')
    .execute();
}

/** A subquery that selects household ids. */
export type HouseholdIdQuery = SelectQueryBuilder<DB, keyof DB, { householdId: string }>;

export interface HouseholdPlace {
  householdId: string;
  room: string;
  unitId: string;
  unitName: string;
  buildingId: string;
  buildingName: string;
  communityId: string;
  communityName: string;
  areaId: string;
}

/**
 * Households with everything above them, for labels and scope checks: by id,
 * or by a subquery of ids (another module's, e.g. a person's home), which
 * saves its caller a round trip.
 */
export function householdPlaces(db: Kysely<DB>, countyId: string, householdIds: string[] | HouseholdIdQuery): Promise<HouseholdPlace[]> {
  if (Array.isArray(householdIds) && householdIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('households as h')
    .innerJoin('units as u', 'u.id', 'h.unitId')
    .innerJoin('buildings as b', 'b.id', 'u.buildingId')
    .innerJoin('communities as c', 'c.id', 'b.communityId')
    .select([
      'h.id as householdId',
      'h.room',
      'u.id as unitId',
      'u.name as unitName',
      'b.id as buildingId',
      'b.name as buildingName',
      'c.id as communityId',
      'c.name as communityName',
      'c.areaId',
    ])
    .where('h.countyId', '=', countyId)
    .where('h.id', 'in', householdIds)
    .execute();
}

export function findCommunity(db: Kysely<DB>, countyId: string, communityId: string) {
  return db
    .selectFrom('communities')
    .select(['id', 'name', 'areaId'])
    .where('countyId', '=', countyId)
    .where('id', '=', communityId)
    .executeTakeFirst();
}

/**
 * The names of scopes (communities, "community building" for buildings,
 * departments, the county), by id, in one statement: only the ids asked for.
 */
export async function namesOfScopes(db: Kysely<DB>, countyId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{ id: string; name: string }>`
    select id, name from communities where county_id = ${countyId} and id = any(${ids}::uuid[])
    union all
    select b.id, c.name || ' ' || b.name from buildings b join communities c on c.id = b.community_id where b.county_id = ${countyId} and b.id = any(${ids}::uuid[])
    union all
    select id, name from departments where county_id = ${countyId} and id = any(${ids}::uuid[])
    union all
    select id, name from stations where county_id = ${countyId} and id = any(${ids}::uuid[])
    union all
    select id, name from counties where id = ${countyId} and id = any(${ids}::uuid[])`.execute(db);
  return new Map(rows.map((row) => [row.id, row.name] as const));
}

/** A building of the county with its community (a captain's scope, and the community whose staff may appoint them). */
export function findBuilding(db: Kysely<DB>, countyId: string, buildingId: string) {
  return db
    .selectFrom('buildings as b')
    .innerJoin('communities as c', 'c.id', 'b.communityId')
    .select(['b.id', 'b.name', 'b.communityId', 'c.name as communityName'])
    .where('b.countyId', '=', countyId)
    .where('b.id', '=', buildingId)
    .executeTakeFirst();
}

/** A practice station of the county (station staff's scope; where rewards are picked up). */
export function findStation(db: Kysely<DB>, countyId: string, stationId: string) {
  return db.selectFrom('stations').select(['id', 'name', 'address']).where('countyId', '=', countyId).where('id', '=', stationId).executeTakeFirst();
}

export function findDepartment(db: Kysely<DB>, countyId: string, departmentId: string) {
  return db.selectFrom('departments').select(['id', 'name']).where('countyId', '=', countyId).where('id', '=', departmentId).executeTakeFirst();
}

export function listDepartments(db: Kysely<DB>, countyId: string) {
  return db.selectFrom('departments').select(['id', 'name']).where('countyId', '=', countyId).orderBy('name').execute();
}

/** The ids of every building in these communities (a staff member's buildings). */
export async function listBuildingIds(db: Kysely<DB>, countyId: string, communityIds: string[]): Promise<string[]> {
  if (communityIds.length === 0) return [];
  const rows = await db.selectFrom('buildings').select('id').where('countyId', '=', countyId).where('communityId', 'in', communityIds).execute();
  return rows.map((r) => r.id);
}

/** The county's places by name, for an import to tell new from known. */
export async function placesByName(db: Kysely<DB>, countyId: string, withHouseholds = true) {
  const [areas, communities, buildings, units, households] = await Promise.all([
    db.selectFrom('areas').select(['id', 'name']).where('countyId', '=', countyId).execute(),
    db.selectFrom('communities as c').innerJoin('areas as a', 'a.id', 'c.areaId').select(['c.id', 'c.name', 'c.kind', 'a.name as areaName']).where('c.countyId', '=', countyId).execute(),
    db.selectFrom('buildings').select(['id', 'communityId', 'name']).where('countyId', '=', countyId).execute(),
    db.selectFrom('units').select(['id', 'buildingId', 'name']).where('countyId', '=', countyId).execute(),
    withHouseholds ? db.selectFrom('households').select(['unitId', 'room']).where('countyId', '=', countyId).execute() : Promise.resolve([]),
  ]);
  return { areas, communities, buildings, units, households };
}

const CHUNK = 1000;

/** Inserts rows in chunks, skipping those whose natural key exists (a re-import, a racing one). */
export async function insertIgnoringExisting<T extends 'areas' | 'communities' | 'buildings' | 'units' | 'households'>(
  db: Kysely<DB>,
  table: T,
  rows: Insertable<DB[T]>[],
  key: string[],
): Promise<number> {
  let added = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const result = await db
      .insertInto(table)
      .values(chunk as never)
      .onConflict((oc) => oc.columns(key as never).doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

export async function insertDepartment(db: Kysely<DB>, d: { id: string; countyId: string; name: string }): Promise<boolean> {
  const row = await db.insertInto('departments').values(d).onConflict((oc) => oc.columns(['countyId', 'name']).doNothing()).returning('id').executeTakeFirst();
  return row !== undefined;
}

// ---------- where places are ----------

/** The communities whose boundary box holds the point, with their boundaries (few: boxes of neighbours overlap a little). */
export function communitiesBoxing(db: Kysely<DB>, countyId: string, lat: number, lng: number) {
  return db
    .selectFrom('communities')
    .select(['id', 'areaId', 'boundary'])
    .where('countyId', '=', countyId)
    .where('boundary', 'is not', null)
    .where('boxMinLat', '<=', lat)
    .where('boxMaxLat', '>=', lat)
    .where('boxMinLng', '<=', lng)
    .where('boxMaxLng', '>=', lng)
    .orderBy('name')
    .execute();
}

/** The community whose map point is nearest, and how far it is in metres (equirectangular, as in domain/geo). */
export async function nearestCommunity(db: Kysely<DB>, countyId: string, lat: number, lng: number): Promise<{ id: string; areaId: string; metres: number } | undefined> {
  const k = Math.cos((lat * Math.PI) / 180);
  const row = await db
    .selectFrom('communities')
    .select(['id', 'areaId', sql<number>`sqrt(power(latitude - ${lat}, 2) + power((longitude - ${lng}) * ${k}, 2)) * ${(Math.PI / 180) * 6_371_000}`.as('metres')])
    .where('countyId', '=', countyId)
    .where('latitude', 'is not', null)
    .orderBy('metres')
    .orderBy('name')
    .limit(1)
    .executeTakeFirst();
  return row ? { id: row.id, areaId: row.areaId, metres: Number(row.metres) } : undefined;
}

/** Every community with where it is (the admin's 社区位置 list). */
export function communityLocations(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('communities as c')
    .innerJoin('areas as a', 'a.id', 'c.areaId')
    .select(['c.id', 'c.name', 'c.kind', 'a.name as areaName', 'c.latitude', 'c.longitude', sql<boolean>`c.boundary is not null`.as('hasBoundary')])
    .where('c.countyId', '=', countyId)
    .orderBy('a.name')
    .orderBy('c.name')
    .execute();
}

export function communityBoundary(db: Kysely<DB>, countyId: string, communityId: string) {
  return db
    .selectFrom('communities')
    .select(['id', 'name', 'latitude', 'longitude', 'boundary'])
    .where('countyId', '=', countyId)
    .where('id', '=', communityId)
    .executeTakeFirst();
}

export async function setCommunityPoint(db: Kysely<DB>, countyId: string, communityId: string, point: { latitude: number; longitude: number }): Promise<boolean> {
  const r = await db.updateTable('communities').set(point).where('countyId', '=', countyId).where('id', '=', communityId).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A boundary and its box, or none (null); a community without a map point takes the box's middle as one. */
export async function setCommunityBoundary(
  db: Kysely<DB>,
  countyId: string,
  communityId: string,
  boundary: { geometry: unknown; box: BoundingBox; middle: { latitude: number; longitude: number } } | null,
): Promise<boolean> {
  const r = await db
    .updateTable('communities')
    .set(
      boundary
        ? {
            boundary: JSON.stringify(boundary.geometry),
            boxMinLat: boundary.box.minLat,
            boxMaxLat: boundary.box.maxLat,
            boxMinLng: boundary.box.minLng,
            boxMaxLng: boundary.box.maxLng,
            latitude: sql<number>`coalesce(latitude, ${boundary.middle.latitude})`,
            longitude: sql<number>`coalesce(longitude, ${boundary.middle.longitude})`,
          }
        : { boundary: null, boxMinLat: null, boxMaxLat: null, boxMinLng: null, boxMaxLng: null },
    )
    .where('countyId', '=', countyId)
    .where('id', '=', communityId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function listStations(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('stations as s')
    .leftJoin('communities as c', 'c.id', 's.communityId')
    .select(['s.id', 's.name', 's.kind', 's.address', 's.latitude', 's.longitude', 's.communityId', 'c.name as communityName'])
    .where('s.countyId', '=', countyId)
    .orderBy('s.kind')
    .orderBy('s.name')
    .execute();
}

export async function insertStation(db: Kysely<DB>, station: Insertable<DB['stations']>): Promise<boolean> {
  const row = await db.insertInto('stations').values(station).onConflict((oc) => oc.columns(['countyId', 'name']).doNothing()).returning('id').executeTakeFirst();
  return row !== undefined;
}

export async function deleteStation(db: Kysely<DB>, countyId: string, stationId: string) {
  return db.deleteFrom('stations').where('countyId', '=', countyId).where('id', '=', stationId).returning(['id', 'name']).executeTakeFirst();
}
