import { Kysely, sql } from 'kysely';

/**
 * 督查暗访 (issue 16): checklists per site type, versioned (an inspection
 * keeps the version it used); the sites inspected, each with its community,
 * area and responsible department; rounds that sample sites and assign
 * inspectors, hidden until the command centre publishes them; one inspection
 * per site and round (the unique key, behind the assignment's row lock); its
 * scored items, a failed one pointing at the 随手拍 case it became. Reports
 * learn who found them: a resident, or an inspection. Only additions.
 */
const statements = [
  `alter table reports add column found_by text not null default 'resident' check (found_by in ('resident','inspection'))`,
  `create table inspection_checklists (
    id uuid primary key,
    county_id uuid not null references counties(id),
    site_type text not null,
    version integer not null check (version > 0),
    title text not null,
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    unique (county_id, site_type, version)
  )`,
  `create table inspection_checklist_items (
    checklist_id uuid not null references inspection_checklists(id),
    county_id uuid not null references counties(id),
    sort integer not null check (sort >= 0),
    title text not null,
    standard text not null,
    points integer not null check (points between 1 and 100),
    primary key (checklist_id, sort)
  )`,
  `create table inspection_sites (
    id uuid primary key,
    county_id uuid not null references counties(id),
    name text not null,
    site_type text not null,
    community_id uuid not null references communities(id),
    area_id uuid not null references areas(id),
    department_id uuid not null references departments(id),
    address text not null,
    latitude double precision not null check (latitude between -90 and 90),
    longitude double precision not null check (longitude between -180 and 180),
    created_at timestamptz not null,
    unique (county_id, name)
  )`,
  `create table inspection_rounds (
    id uuid primary key,
    county_id uuid not null references counties(id),
    title text not null,
    kind text not null check (kind in ('quarterly','ad_hoc')),
    fix_hours integer not null check (fix_hours between 1 and 2160),
    status text not null default 'open' check (status in ('open','published')),
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    published_at timestamptz,
    published_by uuid references users(id)
  )`,
  `create index inspection_rounds_by_county on inspection_rounds (county_id, created_at desc)`,
  `create table inspection_assignments (
    round_id uuid not null references inspection_rounds(id),
    site_id uuid not null references inspection_sites(id),
    county_id uuid not null references counties(id),
    inspector_ids uuid[] not null check (cardinality(inspector_ids) between 1 and 2),
    primary key (round_id, site_id)
  )`,
  `create index inspection_assignments_by_inspector on inspection_assignments using gin (inspector_ids)`,
  `create table inspections (
    id uuid primary key,
    county_id uuid not null references counties(id),
    round_id uuid not null references inspection_rounds(id),
    site_id uuid not null references inspection_sites(id),
    checklist_id uuid not null references inspection_checklists(id),
    inspector_id uuid not null references users(id),
    score integer not null check (score >= 0),
    max_score integer not null check (max_score > 0 and score <= max_score),
    latitude double precision,
    longitude double precision,
    submitted_at timestamptz not null,
    unique (round_id, site_id)
  )`,
  `create table inspection_results (
    inspection_id uuid not null references inspections(id),
    county_id uuid not null references counties(id),
    sort integer not null check (sort >= 0),
    title text not null,
    points integer not null check (points > 0),
    passed boolean not null,
    note text not null default '',
    photo text,
    report_id uuid references reports(id),
    rechecked_at timestamptz,
    rechecked_by uuid references users(id),
    primary key (inspection_id, sort),
    check (passed or (photo is not null and report_id is not null))
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['inspection_results', 'inspections', 'inspection_assignments', 'inspection_rounds', 'inspection_sites', 'inspection_checklist_items', 'inspection_checklists']) {
    await sql.raw(`drop table ${table}`).execute(db);
  }
  await sql.raw('alter table reports drop column found_by').execute(db);
}
