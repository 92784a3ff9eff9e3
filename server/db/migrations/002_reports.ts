import { Kysely, sql } from 'kysely';

/**
 * 随手拍: categories, routing rules, reports with their append-only events,
 * photos, "me too" followers and the per-reporter daily counter. Every row
 * carries county_id (shard key).
 */
const statements = [
  `create table report_categories (
    id uuid primary key,
    county_id uuid not null references counties(id),
    name text not null,
    sort integer not null default 0,
    active boolean not null default true,
    unique (county_id, name)
  )`,
  `create table routing_rules (
    id uuid primary key,
    county_id uuid not null references counties(id),
    category_id uuid not null references report_categories(id),
    area_id uuid references areas(id),
    department_id uuid not null references departments(id),
    deadline_hours integer not null check (deadline_hours > 0)
  )`,
  // One rule per (county, category, area); "every area" (null) counts as one area.
  `create unique index routing_rules_one_per_area on routing_rules
    (county_id, category_id, coalesce(area_id, '00000000-0000-0000-0000-000000000000'::uuid))`,
  `create table reports (
    id uuid primary key,
    county_id uuid not null references counties(id),
    community_id uuid references communities(id),
    area_id uuid references areas(id),
    category_id uuid not null references report_categories(id),
    reporter_id uuid not null references users(id),
    anonymous boolean not null,
    description text not null,
    latitude double precision not null check (latitude between -90 and 90),
    longitude double precision not null check (longitude between -180 and 180),
    address text not null,
    status text not null check (status in ('submitted','accepted','rejected','duplicate','assigned','in_progress','fixed','confirmed','disputed','reopened','closed')),
    -- Events applied (the domain's CaseState.version): updates are conditional on it.
    version integer not null check (version > 0),
    department_id uuid references departments(id),
    deadline timestamptz,
    escalated boolean not null default false,
    duplicate_of uuid references reports(id),
    submitted_at timestamptz not null,
    updated_at timestamptz not null,
    idempotency_key text not null,
    unique (reporter_id, idempotency_key)
  )`,
  // "Open reports of this category within 50 m": a bounding box on these columns.
  `create index reports_nearby on reports (county_id, category_id, status, latitude, longitude)`,
  `create index reports_by_reporter on reports (reporter_id, submitted_at desc)`,
  `create table report_events (
    id uuid primary key,
    county_id uuid not null references counties(id),
    report_id uuid not null references reports(id),
    seq integer not null check (seq > 0),
    type text not null,
    actor_kind text not null check (actor_kind in ('resident','staff','handler','admin','system')),
    actor_id uuid references users(id),
    department_id uuid references departments(id),
    data jsonb not null default '{}'::jsonb,
    at timestamptz not null,
    unique (report_id, seq)
  )`,
  `create table report_photos (
    report_id uuid not null references reports(id),
    county_id uuid not null references counties(id),
    file_ref text not null,
    stage text not null check (stage in ('before','after')),
    sort integer not null check (sort >= 0),
    primary key (report_id, stage, sort)
  )`,
  `create table report_followers (
    report_id uuid not null references reports(id),
    user_id uuid not null references users(id),
    county_id uuid not null references counties(id),
    at timestamptz not null,
    primary key (report_id, user_id)
  )`,
  // At most 20 reports a Beijing day: the CHECK refuses the 21st increment in the submitting transaction.
  `create table report_daily_counts (
    county_id uuid not null references counties(id),
    reporter_id uuid not null references users(id),
    day text not null check (day ~ '^\\d{4}-\\d{2}-\\d{2}$'),
    count integer not null check (count > 0 and count <= 20),
    primary key (reporter_id, day)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['report_daily_counts', 'report_followers', 'report_photos', 'report_events', 'reports', 'routing_rules', 'report_categories']) {
    await sql.raw(`drop table ${table}`).execute(db);
  }
}
