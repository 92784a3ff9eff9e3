import { Kysely, sql } from 'kysely';

/**
 * A county sets itself up: roles are given by invitation (a code or a shared
 * link), inspectors join the roles, and the campaign's slogan and banner are
 * the admin's to edit. Only additions: the role list is widened, never narrowed.
 */
const statements = [
  `alter table role_grants drop constraint role_grants_role_check`,
  `alter table role_grants add constraint role_grants_role_check check (role in ('resident','minor','captain','volunteer','team_lead','staff','handler','admin','inspector'))`,
  `create table invitations (
    id uuid primary key,
    county_id uuid not null references counties(id),
    role text not null check (role in ('admin','staff','captain','handler','team_lead','inspector')),
    scope_type text not null check (scope_type in ('county','community','building','team','department')),
    scope_id uuid not null,
    -- Typed by the invitee: six digits, unique among the invitations still open.
    code text not null check (code ~ '^[0-9]{6}$'),
    -- Carried by the shared card or QR: long enough that it cannot be guessed.
    token text not null unique check (length(token) >= 20),
    note text not null default '',
    created_by uuid references users(id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    accepted_by uuid references users(id),
    accepted_at timestamptz,
    cancelled_by uuid references users(id),
    cancelled_at timestamptz,
    check ((accepted_by is null) = (accepted_at is null)),
    check (accepted_at is null or cancelled_at is null),
    check (expires_at > created_at)
  )`,
  `create unique index invitations_open_code on invitations (code) where accepted_at is null and cancelled_at is null`,
  `create index invitations_by_scope on invitations (county_id, scope_type, scope_id, created_at)`,
  // Wrong codes typed by one WeChat user in a Beijing day: the CHECK stops guessing after ten.
  `create table invitation_attempts (
    openid text not null,
    day text not null check (day ~ '^\\d{4}-\\d{2}-\\d{2}$'),
    count integer not null check (count between 1 and 10),
    primary key (openid, day)
  )`,
  // A deployment's one-time set-up codes, once used (the setup function's record).
  `create table setup_uses (
    code_hash text primary key,
    county_id uuid not null references counties(id),
    used_at timestamptz not null
  )`,
  `alter table counties add column slogan text not null default ''`,
  `alter table counties add column banner_ref text`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'alter table counties drop column banner_ref',
    'alter table counties drop column slogan',
    'drop table setup_uses',
    'drop table invitation_attempts',
    'drop table invitations',
    `alter table role_grants drop constraint role_grants_role_check`,
    `alter table role_grants add constraint role_grants_role_check check (role in ('resident','minor','captain','volunteer','team_lead','staff','handler','admin'))`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}
