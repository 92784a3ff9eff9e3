import { Kysely, sql } from 'kysely';

/**
 * 积分换互助 (issue 15): a resident (or community staff for a named person
 * without WeChat) asks for help and offers points; a registered volunteer
 * accepts; both confirm and the points held in the county's `escrow` account
 * pay the helper, whose time is recorded as mutual-help hours.
 *
 * - `help_requests`: 待接单 open → 已接单 accepted → 已完成 done; open →
 *   已取消 cancelled (refund); accepted → 有争议 disputed → done (staff pay the
 *   helper) or cancelled (staff refund the requester). The points move through
 *   the points ledger (the person, or the county's pool for a named person,
 *   → `escrow` → the helper or back), so the escrow balance is the sum of the
 *   points of posted, accepted and disputed requests.
 * - A helper's 互助时长 is the minutes of the requests they were paid for:
 *   read from here, never from the ledger, so spending never lowers it.
 * Only additions.
 */
const statements = [
  `create table help_requests (
    id uuid primary key,
    county_id uuid not null references counties(id),
    -- who asks: a person with the app, or null for a named person staff act for
    requester_id uuid references users(id),
    for_name text,
    -- the name as it was when posted (the requester's, or the named person's)
    requester_name text not null,
    posted_by uuid not null references users(id),
    community_id uuid not null references communities(id),
    community_name text not null,
    kind text not null,
    details text not null default '',
    place text not null,
    starts_at timestamptz not null,
    minutes integer not null check (minutes between 15 and 720),
    points integer not null check (points between 1 and 1000),
    latitude double precision,
    longitude double precision,
    state text not null default 'open' check (state in ('open','accepted','disputed','done','cancelled')),
    helper_id uuid references users(id),
    helper_name text,
    accepted_at timestamptz,
    requester_confirmed_at timestamptz,
    helper_confirmed_at timestamptz,
    rating integer check (rating between 1 and 5),
    disputed_by uuid references users(id),
    dispute_reason text,
    disputed_at timestamptz,
    resolution text check (resolution in ('pay','refund')),
    resolved_by uuid references users(id),
    resolve_reason text,
    closed_at timestamptz,
    created_at timestamptz not null,
    check ((requester_id is null) <> (for_name is null)),
    check (helper_id is null or helper_id <> requester_id)
  )`,
  `create index help_requests_open on help_requests (county_id, created_at desc) where state = 'open'`,
  `create index help_requests_requester on help_requests (requester_id, created_at desc)`,
  `create index help_requests_helper on help_requests (helper_id, created_at desc)`,
  `create index help_requests_community on help_requests (community_id, created_at desc) where state = 'disputed'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table help_requests').execute(db);
}
