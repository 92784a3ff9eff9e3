import { Kysely, sql } from 'kysely';

/**
 * Where a place is: each community or village gets a map point and, when the
 * county draws or imports one, a boundary (GeoJSON, with its box kept beside
 * it so the database keeps only the communities whose box holds a point);
 * practice stations (新时代文明实践中心/所/站) are places with an address and a
 * point. Only additions.
 */
const statements = [
  `alter table communities
    add column latitude double precision,
    add column longitude double precision,
    add column boundary jsonb,
    add column box_min_lat double precision,
    add column box_max_lat double precision,
    add column box_min_lng double precision,
    add column box_max_lng double precision,
    add constraint communities_point_whole check ((latitude is null) = (longitude is null)),
    add constraint communities_point_range check (latitude between -90 and 90 and longitude between -180 and 180),
    add constraint communities_box_whole check (
      (boundary is null) = (box_min_lat is null) and (boundary is null) = (box_max_lat is null)
      and (boundary is null) = (box_min_lng is null) and (boundary is null) = (box_max_lng is null))`,
  `create index communities_box on communities (county_id, box_min_lat, box_max_lat) where boundary is not null`,
  `create table stations (
    id uuid primary key,
    county_id uuid not null references counties(id),
    name text not null check (length(name) between 2 and 40),
    kind text not null check (kind in ('centre','institute','station')),
    community_id uuid references communities(id),
    address text not null default '' check (length(address) <= 100),
    latitude double precision not null check (latitude between -90 and 90),
    longitude double precision not null check (longitude between -180 and 180),
    created_at timestamptz not null,
    unique (county_id, name)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table stations').execute(db);
  await sql.raw('drop index communities_box').execute(db);
  for (const column of ['box_max_lng', 'box_min_lng', 'box_max_lat', 'box_min_lat', 'boundary', 'longitude', 'latitude']) {
    await sql.raw(`alter table communities drop column ${column}`).execute(db);
  }
}
