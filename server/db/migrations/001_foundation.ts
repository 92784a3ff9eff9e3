import { Kysely, sql } from 'kysely';

/**
 * Places, people, roles, household bindings, conventions and pledges.
 * Every tenant-owned row carries county_id so that a county can later be a shard.
 */
const statements = [
  `create table counties (
    id uuid primary key,
    name text not null,
    campaign_name text not null,
    campaign_start text not null check (campaign_start ~ '^\\d{4}-\\d{2}-\\d{2}$'),
    created_at timestamptz not null default now()
  )`,
  `create table areas (
    id uuid primary key,
    county_id uuid not null references counties(id),
    name text not null
  )`,
  `create table communities (
    id uuid primary key,
    county_id uuid not null references counties(id),
    area_id uuid not null references areas(id),
    name text not null,
    kind text not null check (kind in ('community', 'village'))
  )`,
  `create index communities_county on communities (county_id)`,
  `create table buildings (
    id uuid primary key,
    county_id uuid not null references counties(id),
    community_id uuid not null references communities(id),
    name text not null,
    unique (community_id, name)
  )`,
  `create table units (
    id uuid primary key,
    county_id uuid not null references counties(id),
    building_id uuid not null references buildings(id),
    name text not null,
    unique (building_id, name)
  )`,
  `create table households (
    id uuid primary key,
    county_id uuid not null references counties(id),
    unit_id uuid not null references units(id),
    room text not null,
    unique (unit_id, room)
  )`,
  `create table departments (
    id uuid primary key,
    county_id uuid not null references counties(id),
    name text not null,
    unique (county_id, name)
  )`,
  `create table users (
    id uuid primary key,
    county_id uuid not null references counties(id),
    openid text not null unique,
    name text not null,
    phone text,
    is_minor boolean not null default false,
    created_at timestamptz not null default now()
  )`,
  `create table role_grants (
    id uuid primary key,
    county_id uuid not null references counties(id),
    user_id uuid not null references users(id),
    role text not null check (role in ('resident','minor','captain','volunteer','team_lead','staff','handler','admin')),
    scope_type text not null check (scope_type in ('county','community','building','team','department')),
    scope_id uuid not null,
    granted_by uuid references users(id),
    created_at timestamptz not null default now(),
    unique (user_id, role, scope_type, scope_id)
  )`,
  `create table guardianships (
    id uuid primary key,
    county_id uuid not null references counties(id),
    guardian_id uuid not null references users(id),
    minor_id uuid not null references users(id),
    unique (guardian_id, minor_id),
    check (guardian_id <> minor_id)
  )`,
  `create table household_requests (
    id uuid primary key,
    county_id uuid not null references counties(id),
    household_id uuid not null references households(id),
    user_id uuid not null references users(id),
    relation text not null check (relation in ('owner','family','tenant')),
    status text not null check (status in ('pending','approved','rejected','cancelled','left')),
    reason text,
    requested_at timestamptz not null,
    decided_by uuid references users(id),
    decided_role text,
    decided_at timestamptz,
    -- A home ends (status 'left') when its resident moves; the approval above stays as it was.
    ended_at timestamptz,
    ended_by uuid references users(id)
  )`,
  // At most one open request and one home per person: the database says no to a second.
  `create unique index household_requests_one_pending on household_requests (user_id) where status = 'pending'`,
  `create unique index household_requests_one_home on household_requests (user_id) where status = 'approved'`,
  `create index household_requests_by_household on household_requests (household_id, status)`,
  `create table conventions (
    id uuid primary key,
    county_id uuid not null references counties(id),
    kind text not null check (kind in ('civic','residents','shop')),
    community_id uuid references communities(id),
    title text not null,
    -- People (shops, for 门前六包) who signed any version: the headline figure survives a new version.
    signer_total integer not null default 0 check (signer_total >= 0),
    created_at timestamptz not null default now(),
    check ((kind = 'residents') = (community_id is not null))
  )`,
  `create unique index conventions_one_county_text on conventions (county_id, kind) where kind in ('civic','shop')`,
  `create unique index conventions_one_per_community on conventions (community_id) where kind = 'residents'`,
  `create table convention_versions (
    id uuid primary key,
    county_id uuid not null references counties(id),
    convention_id uuid not null references conventions(id),
    version integer not null check (version > 0),
    title text not null,
    preamble text not null,
    articles jsonb not null,
    published_at timestamptz not null,
    published_by uuid references users(id),
    signer_count integer not null default 0 check (signer_count >= 0),
    unique (convention_id, version)
  )`,
  `create table pledges (
    id uuid primary key,
    county_id uuid not null references counties(id),
    convention_id uuid not null references conventions(id),
    version_id uuid not null references convention_versions(id),
    user_id uuid not null references users(id),
    signer_no integer not null check (signer_no > 0),
    signed_at timestamptz not null,
    unique (user_id, version_id),
    unique (version_id, signer_no)
  )`,
  `create table shops (
    id uuid primary key,
    county_id uuid not null references counties(id),
    community_id uuid not null references communities(id),
    name text not null,
    address text not null,
    contact_phone text not null,
    owner_id uuid not null references users(id),
    created_at timestamptz not null,
    unique (community_id, name, address)
  )`,
  `create table shop_pledges (
    id uuid primary key,
    county_id uuid not null references counties(id),
    shop_id uuid not null references shops(id),
    version_id uuid not null references convention_versions(id),
    user_id uuid not null references users(id),
    signer_no integer not null check (signer_no > 0),
    signed_at timestamptz not null,
    unique (shop_id, version_id),
    unique (version_id, signer_no)
  )`,
  `create index shop_pledges_by_user on shop_pledges (user_id)`,
  // Who did what, when, in which role: the trail behind every decision a person makes.
  `create table audit_events (
    id uuid primary key,
    county_id uuid not null references counties(id),
    actor_id uuid references users(id),
    actor_role text,
    action text not null,
    subject_type text not null,
    subject_id uuid not null,
    data jsonb not null default '{}'::jsonb,
    at timestamptz not null
  )`,
  `create index audit_events_subject on audit_events (subject_type, subject_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration is not reversible.');
}
