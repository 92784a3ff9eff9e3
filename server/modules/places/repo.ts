import { sql, Kysely, type Insertable, type SelectQueryBuilder } from 'kysely';
import type { BoundingBox } from '../../core/geo';
import type { DB } from '../../db/schema';

/** Places are read county-scoped: an id from another county is simply not found. */
export function listCommunities(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('communities as c')
    .innerJoin('areas as a', 'a.id', 'c.areaId')
    .select(['c.id', 'c.name', 'c.kind', 'c.areaId', 'a.name as areaName'])
    .where('c.countyId', '=', countyId)
    .orderBy('a.name')
    .orderBy('c.name')
    .execute();
}

/** A community's name and map point (null until the admin sets one), for another module's distances. */
export function communityPoint(db: Kysely<DB>, countyId: string, communityId: string) {
  return db.selectFrom('communities').select(['id', 'name', 'latitude', 'longitude']).where('countyId', '=', countyId).where('id', '=', communityId).executeTakeFirst();
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

/** A subquery that selects one 片区 id (or none): see `homeAreaQuery`. */
export type AreaIdQuery = SelectQueryBuilder<DB, keyof DB, { areaId: string }>;

/**
 * The 片区 of a household picked by a subquery (another module's, e.g. a
 * person's home), as a subquery, not run here: the caller's own write takes
 * it as a value (the dashboard counts a signature under the signer's 片区 in
 * the same statement), which saves it a round trip. No household, no row.
 */
export function areaOfHousehold(db: Kysely<DB>, countyId: string, householdIds: HouseholdIdQuery): AreaIdQuery {
  return db
    .selectFrom('households as h')
    .innerJoin('units as u', 'u.id', 'h.unitId')
    .innerJoin('buildings as b', 'b.id', 'u.buildingId')
    .innerJoin('communities as c', 'c.id', 'b.communityId')
    .select('c.areaId')
    .where('h.countyId', '=', countyId)
    .where('h.id', 'in', householdIds)
    .limit(1) as unknown as AreaIdQuery;
}

/**
 * The households of these buildings or communities as a subquery, not run
 * here: another module filters its own rows by it (a captain's binding
 * requests) in one round trip, however many households the scopes hold.
 */
export function householdIdsInScopes(db: Kysely<DB>, countyId: string, scopes: { buildingIds: readonly string[]; communityIds: readonly string[] }) {
  return db
    .selectFrom('households as h')
    .innerJoin('units as u', 'u.id', 'h.unitId')
    .innerJoin('buildings as b', 'b.id', 'u.buildingId')
    .select('h.id')
    .where('h.countyId', '=', countyId)
    .where((eb) => {
      const ors = [];
      if (scopes.buildingIds.length) ors.push(eb('b.id', 'in', [...scopes.buildingIds]));
      if (scopes.communityIds.length) ors.push(eb('b.communityId', 'in', [...scopes.communityIds]));
      return eb.or(ors);
    });
}

/** The county's 片区, by name. */
export function listAreas(db: Kysely<DB>, countyId: string) {
  return db.selectFrom('areas').select(['id', 'name']).where('countyId', '=', countyId).orderBy('name').orderBy('id').execute();
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
 * The names of place scopes (communities, "community building" for
 * buildings, departments, stations), by id, in one statement: only the ids
 * asked for.
 */
export async function namesOfPlaceScopes(db: Kysely<DB>, countyId: string, ids: string[]): Promise<Map<string, string>> {
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
    select id, name from areas where county_id = ${countyId} and id = any(${ids}::uuid[])`.execute(db);
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

export function findArea(db: Kysely<DB>, countyId: string, areaId: string) {
  return db.selectFrom('areas').select(['id', 'name']).where('countyId', '=', countyId).where('id', '=', areaId).executeTakeFirst();
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

export type PlaceKind = 'areas' | 'communities' | 'buildings' | 'units' | 'stations' | 'departments';

/**
 * The names of places of one kind by id, in one statement: only the ids asked
 * for (the labels other modules show beside their rows). The map runs in the
 * database's order of the names, so a caller that sorted by the joined name
 * can sort by the position here (collation included).
 */
export async function namesOfPlaces(db: Kysely<DB>, kind: PlaceKind, ids: readonly (string | null | undefined)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom(kind).select(['id', 'name']).where('id', 'in', unique).orderBy('name').orderBy('id').execute();
  return new Map(rows.map((r) => [r.id, r.name] as const));
}

/** Stations' names and addresses by id (where a reward is picked up), in one statement. */
export async function stationsByIds(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, { name: string; address: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('stations').select(['id', 'name', 'address']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, address: r.address }] as const));
}

/** Buildings of these communities (a staff member's reach; 'all': the county's), labelled "community building", by community and building name. */
export function labelledBuildingsOf(db: Kysely<DB>, countyId: string, communityIds: string[] | 'all') {
  if (communityIds !== 'all' && communityIds.length === 0) return Promise.resolve([] as { id: string; communityId: string; name: string }[]);
  return db
    .selectFrom('buildings as b')
    .innerJoin('communities as c', 'c.id', 'b.communityId')
    .select(['b.id', 'b.communityId', sql<string>`c.name || ' ' || b.name`.as('name')])
    .where('b.countyId', '=', countyId)
    .$if(communityIds !== 'all', (q) => q.where('b.communityId', 'in', communityIds as string[]))
    .orderBy('c.name')
    .orderBy('b.name')
    .execute();
}

/** These communities of the county ('all': every one), by name. */
export function communitiesByName(db: Kysely<DB>, countyId: string, communityIds: string[] | 'all') {
  if (communityIds !== 'all' && communityIds.length === 0) return Promise.resolve([] as { id: string; name: string }[]);
  return db
    .selectFrom('communities')
    .select(['id', 'name'])
    .where('countyId', '=', countyId)
    .$if(communityIds !== 'all', (q) => q.where('id', 'in', communityIds as string[]))
    .orderBy('name')
    .execute();
}

/** Whose buildings a caller looks after: the whole county, or these buildings and the buildings of these communities. */
export type BuildingScope = 'county' | { buildingIds: string[]; communityIds: string[] };

/**
 * The buildings in the scope with their community's name, by community then
 * building, as the caller picks among them. The caller answers a scope with
 * no building and no community itself, without asking.
 */
export function buildingsInScope(db: Kysely<DB>, countyId: string, scope: BuildingScope) {
  const { buildingIds, communityIds } = scope === 'county' ? { buildingIds: [], communityIds: [] } : scope;
  return db
    .selectFrom('buildings as b')
    .innerJoin('communities as c', 'c.id', 'b.communityId')
    .select(['b.id', 'b.name', 'b.communityId', 'c.name as communityName'])
    .where('b.countyId', '=', countyId)
    .$if(scope !== 'county', (q) =>
      q.where((eb) => eb.or([...(buildingIds.length ? [eb('b.id', 'in', buildingIds)] : []), ...(communityIds.length ? [eb('b.communityId', 'in', communityIds)] : [])])),
    )
    .orderBy('c.name')
    .orderBy('b.name')
    .execute();
}

/**
 * The units of several buildings at once (one query, not one per building).
 * `byName` sorts them as a picker shows them; without it they come in
 * whatever order PostgreSQL returns them.
 */
export async function unitsOfBuildings(db: Kysely<DB>, buildingIds: string[], options: { byName: boolean }) {
  if (buildingIds.length === 0) return [];
  return db
    .selectFrom('units')
    .select(['id', 'name', 'buildingId'])
    .where('buildingId', 'in', buildingIds)
    .$if(options.byName, (q) => q.orderBy('name'))
    .execute();
}

/** Every household of these units, by unit and room: one indexed query, however many households. */
export async function householdsOfUnits(db: Kysely<DB>, unitIds: string[]): Promise<{ id: string; unitId: string; room: string }[]> {
  if (unitIds.length === 0) return [];
  return db.selectFrom('households').select(['id', 'unitId', 'room']).where('unitId', 'in', unitIds).orderBy('unitId').orderBy('room').execute();
}

/** A building of the county and its community (no names: a scope check). */
export function buildingCommunity(db: Kysely<DB>, countyId: string, buildingId: string) {
  return db.selectFrom('buildings').select(['id', 'communityId']).where('countyId', '=', countyId).where('id', '=', buildingId).executeTakeFirst();
}
