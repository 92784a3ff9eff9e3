import { Kysely, sql } from 'kysely';

/**
 * Volunteers, their teams, activities with capacity and check-in, certified
 * hours, and the points ledger that every later earn or spend goes through.
 */
const statements = [
  `create table volunteer_teams (
    id uuid primary key,
    county_id uuid not null references counties(id),
    name text not null,
    kind text not null check (kind in ('standing','specialty')),
    description text not null default '',
    member_count integer not null default 0 check (member_count >= 0),
    created_at timestamptz not null default now(),
    unique (county_id, name)
  )`,
  // Real name and phone live here only; every view masks them except for the person's team leaders and staff.
  `create table volunteer_profiles (
    user_id uuid primary key references users(id),
    county_id uuid not null references counties(id),
    real_name text not null,
    phone text not null,
    skills jsonb not null default '[]',
    community_id uuid not null references communities(id),
    registered_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create table team_members (
    id uuid primary key,
    county_id uuid not null references counties(id),
    team_id uuid not null references volunteer_teams(id),
    user_id uuid not null references users(id),
    status text not null check (status in ('pending','approved','rejected','left')),
    applied_at timestamptz not null,
    decided_by uuid references users(id),
    decided_at timestamptz,
    reason text
  )`,
  `create unique index team_members_one_open on team_members (team_id, user_id) where status in ('pending','approved')`,
  `create index team_members_by_user on team_members (user_id, status)`,
  `create table activities (
    id uuid primary key,
    county_id uuid not null references counties(id),
    organiser_kind text not null check (organiser_kind in ('team','community')),
    team_id uuid references volunteer_teams(id),
    community_id uuid references communities(id),
    title text not null,
    description text not null,
    place_name text not null,
    lat double precision not null,
    lng double precision not null,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    signup_deadline timestamptz not null,
    capacity integer not null check (capacity between 1 and 10000),
    audience text not null check (audience in ('members','volunteers','residents')),
    points_per_hour integer not null default 0 check (points_per_hour between 0 and 100),
    require_nearby boolean not null default false,
    status text not null default 'open' check (status in ('open','cancelled')),
    -- The seat count is the capacity rule itself: the database refuses a 51st seat of 50.
    confirmed_count integer not null default 0 check (confirmed_count >= 0 and confirmed_count <= capacity),
    waitlist_count integer not null default 0 check (waitlist_count >= 0),
    signup_seq integer not null default 0,
    checkin_secret text not null,
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    check (ends_at > starts_at),
    check (signup_deadline <= ends_at),
    check ((organiser_kind = 'team') = (team_id is not null)),
    check ((organiser_kind = 'community') = (community_id is not null))
  )`,
  `create index activities_upcoming on activities (county_id, starts_at) where status = 'open'`,
  `create table activity_signups (
    id uuid primary key,
    county_id uuid not null references counties(id),
    activity_id uuid not null references activities(id),
    user_id uuid not null references users(id),
    status text not null check (status in ('confirmed','waitlisted','cancelled')),
    seq integer not null check (seq > 0),
    signed_up_at timestamptz not null,
    promoted_at timestamptz,
    cancelled_at timestamptz,
    checked_in_at timestamptz,
    checked_out_at timestamptz,
    scanned_minutes integer check (scanned_minutes >= 0),
    unique (activity_id, seq),
    check (checked_out_at is null or checked_in_at is not null)
  )`,
  `create unique index activity_signups_one_open on activity_signups (activity_id, user_id) where status <> 'cancelled'`,
  `create index activity_signups_waitlist on activity_signups (activity_id, seq) where status = 'waitlisted'`,
  `create index activity_signups_by_user on activity_signups (user_id, status)`,
  // One certified record per sign-up; points are paid on scanned minutes only.
  `create table volunteer_hours (
    id uuid primary key,
    county_id uuid not null references counties(id),
    user_id uuid not null references users(id),
    activity_id uuid not null references activities(id),
    signup_id uuid not null unique references activity_signups(id),
    team_id uuid references volunteer_teams(id),
    community_id uuid references communities(id),
    served_on text not null check (served_on ~ '^\\d{4}-\\d{2}-\\d{2}$'),
    minutes integer not null check (minutes between 0 and 1440),
    scanned_minutes integer not null check (scanned_minutes >= 0),
    backfilled boolean not null,
    points integer not null check (points >= 0),
    reason text,
    certified_by uuid not null references users(id),
    certified_at timestamptz not null
  )`,
  `create index volunteer_hours_by_user on volunteer_hours (user_id, served_on)`,
  `create index volunteer_hours_by_day on volunteer_hours (county_id, served_on)`,
  `create table point_accounts (
    id uuid primary key,
    county_id uuid not null references counties(id),
    kind text not null check (kind in ('person','pool','mall','escrow')),
    user_id uuid references users(id),
    -- The sum of the account's entries, moved in the same transaction as they are written.
    balance integer not null default 0,
    check ((kind = 'person') = (user_id is not null)),
    check (kind = 'pool' or balance >= 0)
  )`,
  `create unique index point_accounts_person on point_accounts (user_id) where kind = 'person'`,
  `create unique index point_accounts_system on point_accounts (county_id, kind) where kind <> 'person'`,
  `create table point_transfers (
    id uuid primary key,
    county_id uuid not null references counties(id),
    -- What caused it ("activity:<id>:<user>"): the same cause can never pay twice.
    source_key text not null,
    kind text not null,
    memo text not null,
    amount integer not null check (amount > 0),
    from_account uuid not null references point_accounts(id),
    to_account uuid not null references point_accounts(id),
    created_at timestamptz not null,
    check (from_account <> to_account),
    unique (county_id, source_key)
  )`,
  `create table point_entries (
    id uuid primary key,
    county_id uuid not null references counties(id),
    transfer_id uuid not null references point_transfers(id),
    account_id uuid not null references point_accounts(id),
    amount integer not null check (amount <> 0),
    created_at timestamptz not null,
    unique (transfer_id, account_id)
  )`,
  `create index point_entries_by_account on point_entries (account_id, created_at desc, id desc)`,
  // Append-only: a mistake is corrected by a new transfer, never by editing history.
  `create function refuse_ledger_edit() returns trigger language plpgsql as $$
    begin
      raise exception 'the points ledger is append-only' using errcode = '23514';
    end
  $$`,
  `create trigger point_entries_append_only before update or delete on point_entries
    for each row execute function refuse_ledger_edit()`,
  `create trigger point_transfers_append_only before update or delete on point_transfers
    for each row execute function refuse_ledger_edit()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['point_entries', 'point_transfers', 'point_accounts', 'volunteer_hours', 'activity_signups', 'activities', 'team_members', 'volunteer_profiles', 'volunteer_teams']) {
    await sql.raw(`drop table ${table}`).execute(db);
  }
  await sql.raw('drop function refuse_ledger_edit()').execute(db);
}
