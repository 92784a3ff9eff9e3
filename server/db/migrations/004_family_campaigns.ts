import { Kysely, sql } from 'kysely';

/**
 * 文明家庭评选: campaigns with dated phases, families nominated (by a child
 * with a guardian's consent, by their own adults, or by a neighbour with the
 * household's consent), and votes whose limits the database enforces: a
 * per-voter-per-day counter with a CHECK against the campaign's limit, a
 * unique key against a second vote for the same family that day, and a
 * per-family-per-minute counter against bursts. Tallies are counters on the
 * nomination, moved in the voting transaction.
 */
const statements = [
  `create table family_campaigns (
    id uuid primary key,
    county_id uuid not null references counties(id),
    title text not null,
    description text not null,
    nomination_starts_at timestamptz not null,
    nomination_ends_at timestamptz not null,
    voting_starts_at timestamptz not null,
    voting_ends_at timestamptz not null,
    votes_per_day integer not null default 1 check (votes_per_day between 1 and 20),
    repeat_same_family boolean not null default false,
    require_household boolean not null default true,
    minors_may_vote boolean not null default false,
    family_votes_per_minute integer not null default 60 check (family_votes_per_minute between 1 and 10000),
    results_frozen_at timestamptz,
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    check (nomination_starts_at < nomination_ends_at),
    check (nomination_ends_at <= voting_starts_at),
    check (voting_starts_at < voting_ends_at)
  )`,
  `create table family_nominations (
    id uuid primary key,
    county_id uuid not null references counties(id),
    campaign_id uuid not null references family_campaigns(id),
    household_id uuid not null references households(id),
    community_id uuid not null references communities(id),
    nominated_by uuid not null references users(id),
    nominator_kind text not null check (nominator_kind in ('child','member','neighbour')),
    status text not null check (status in ('awaiting_consent','submitted','changes_requested','approved','rejected','withdrawn')),
    display_name text not null,
    story text not null,
    photos jsonb not null default '[]'::jsonb,
    -- Published with the story only if the guardian chose so.
    child_name_shown text,
    consent_by uuid references users(id),
    consent_at timestamptz,
    consent_withdrawn_at timestamptz,
    review_note text,
    reviewed_by uuid references users(id),
    reviewed_at timestamptz,
    votes integer not null default 0 check (votes >= 0),
    version integer not null default 1 check (version > 0),
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  // One live entry per household per campaign.
  `create unique index family_nominations_one_per_household on family_nominations (campaign_id, household_id)
    where status not in ('rejected','withdrawn')`,
  // The voting list and the ranking read the counter through this index.
  `create index family_nominations_ranking on family_nominations (campaign_id, status, votes desc, id)`,
  `create index family_nominations_review on family_nominations (county_id, community_id, status)`,
  `create table family_votes (
    id uuid primary key,
    county_id uuid not null references counties(id),
    campaign_id uuid not null references family_campaigns(id),
    nomination_id uuid not null references family_nominations(id),
    voter_id uuid not null references users(id),
    day text not null check (day ~ '^\\d{4}-\\d{2}-\\d{2}$'),
    -- The nomination when a voter may give one vote a day to a family; the vote's own id when repeats are allowed.
    dedupe_key uuid not null,
    at timestamptz not null,
    voter_created_at timestamptz not null,
    voided_at timestamptz,
    voided_by uuid references users(id),
    void_reason text,
    unique (campaign_id, voter_id, day, dedupe_key)
  )`,
  `create index family_votes_by_nomination on family_votes (nomination_id, at)`,
  `create index family_votes_by_campaign_day on family_votes (campaign_id, day)`,
  // The day's limit is copied from the campaign: the CHECK refuses the vote past it.
  `create table family_vote_days (
    campaign_id uuid not null references family_campaigns(id),
    voter_id uuid not null references users(id),
    day text not null,
    count integer not null,
    day_limit integer not null,
    primary key (campaign_id, voter_id, day),
    check (count between 1 and day_limit)
  )`,
  `create table family_vote_minutes (
    nomination_id uuid not null references family_nominations(id),
    minute timestamptz not null,
    count integer not null,
    minute_limit integer not null,
    primary key (nomination_id, minute),
    check (count between 1 and minute_limit)
  )`,
  // Bursts of votes from new accounts, for the admin to look at (never dropped silently).
  `create table family_vote_flags (
    id uuid primary key,
    county_id uuid not null references counties(id),
    campaign_id uuid not null references family_campaigns(id),
    nomination_id uuid not null references family_nominations(id),
    window_start timestamptz not null,
    new_account_votes integer not null,
    evidence jsonb not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    resolved_at timestamptz,
    unique (nomination_id, window_start)
  )`,
  `create table family_results (
    campaign_id uuid not null references family_campaigns(id),
    nomination_id uuid not null references family_nominations(id),
    rank integer not null check (rank > 0),
    votes integer not null check (votes >= 0),
    primary key (campaign_id, nomination_id)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['family_results', 'family_vote_flags', 'family_vote_minutes', 'family_vote_days', 'family_votes', 'family_nominations', 'family_campaigns']) {
    await sql.raw(`drop table ${table}`).execute(db);
  }
}
