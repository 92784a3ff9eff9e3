import { Kysely, sql } from 'kysely';

/**
 * 积分超市 (issue 15): practice stations list rewards (a gift, a book, or a
 * service a 公益合伙人 shop gives back) for points; residents redeem them and
 * pick them up at the station with a code.
 *
 * - Station staff are a role over a station: role_grants and invitations
 *   learn the role `station` and the scope type `station` (widened only).
 * - `mall_rewards.stock` is what is on the shelf now; the CHECK keeps it from
 *   going below zero, so no redemption can take an item that is not there.
 *   Every change of it is a row of `mall_stock_moves` (in, redeemed, returned,
 *   adjusted with a reason), append-only: the stock is the sum of its book.
 * - `mall_redemptions`: one item each, 待领取 → 已领取 / 已过期 / 已取消. The six
 *   digits are unique in the county; points move through the points ledger
 *   (person → the county's `mall` account, and back on expiry or cancel).
 * Only additions.
 */
const ROLES = `'resident','minor','captain','volunteer','team_lead','staff','handler','admin','inspector'`;
const SCOPES = `'county','community','building','team','department'`;
const APPOINTABLE = `'admin','staff','captain','handler','team_lead','inspector'`;

const statements = [
  `alter table role_grants drop constraint role_grants_role_check`,
  `alter table role_grants add constraint role_grants_role_check check (role in (${ROLES},'station'))`,
  `alter table role_grants drop constraint role_grants_scope_type_check`,
  `alter table role_grants add constraint role_grants_scope_type_check check (scope_type in (${SCOPES},'station'))`,
  `alter table invitations drop constraint invitations_role_check`,
  `alter table invitations add constraint invitations_role_check check (role in (${APPOINTABLE},'station'))`,
  `alter table invitations drop constraint invitations_scope_type_check`,
  `alter table invitations add constraint invitations_scope_type_check check (scope_type in (${SCOPES},'station'))`,
  `create table mall_rewards (
    id uuid primary key,
    county_id uuid not null references counties(id),
    station_id uuid not null references stations(id),
    kind text not null check (kind in ('gift','book','service')),
    name text not null check (length(name) between 2 and 40),
    description text not null default '',
    -- 公益合伙人: the shop that gives a service back, when it is one.
    partner text not null default '',
    photo text,
    price integer not null check (price between 1 and 100000),
    stock integer not null default 0 check (stock >= 0),
    per_person_limit integer not null check (per_person_limit between 1 and 99),
    -- Days a redeemed item waits at the station before the redemption expires.
    pickup_days integer not null default 30 check (pickup_days between 1 and 365),
    ends_at timestamptz,
    status text not null default 'listed' check (status in ('listed','withdrawn')),
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create index mall_rewards_by_station on mall_rewards (county_id, station_id, created_at desc)`,
  `create table mall_redemptions (
    id uuid primary key,
    county_id uuid not null references counties(id),
    reward_id uuid not null references mall_rewards(id),
    station_id uuid not null references stations(id),
    user_id uuid not null references users(id),
    price integer not null check (price > 0),
    state text not null default 'pending' check (state in ('pending','handed_over','expired','cancelled')),
    pickup_digits text not null check (pickup_digits ~ '^[0-9]{6}$'),
    -- 送上门: staff will hand it over at the resident's door (with the same code).
    delivery boolean not null default false,
    delivery_marked_by uuid references users(id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    handed_over_at timestamptz,
    handed_over_by uuid references users(id),
    cancelled_at timestamptz,
    cancelled_by uuid references users(id),
    cancel_reason text,
    expired_at timestamptz,
    unique (county_id, pickup_digits),
    check (expires_at > created_at),
    check ((state = 'handed_over') = (handed_over_at is not null and handed_over_by is not null)),
    check ((state = 'cancelled') = (cancelled_at is not null and cancelled_by is not null and length(cancel_reason) >= 2)),
    check ((state = 'expired') = (expired_at is not null))
  )`,
  `create index mall_redemptions_by_user on mall_redemptions (user_id, created_at desc)`,
  `create index mall_redemptions_live on mall_redemptions (reward_id, user_id) where state in ('pending','handed_over')`,
  `create index mall_redemptions_waiting on mall_redemptions (county_id, station_id, created_at) where state = 'pending'`,
  `create index mall_redemptions_due on mall_redemptions (expires_at) where state = 'pending'`,
  `create table mall_stock_moves (
    id uuid primary key,
    county_id uuid not null references counties(id),
    reward_id uuid not null references mall_rewards(id),
    kind text not null check (kind in ('in','redeemed','returned','adjusted')),
    delta integer not null check (delta <> 0),
    reason text not null default '',
    redemption_id uuid references mall_redemptions(id),
    by_user uuid references users(id),
    at timestamptz not null,
    check (kind <> 'in' or delta > 0),
    check (kind not in ('redeemed','returned') or (redemption_id is not null and delta = case kind when 'redeemed' then -1 else 1 end)),
    check (kind <> 'adjusted' or length(reason) >= 2)
  )`,
  `create index mall_stock_moves_by_reward on mall_stock_moves (reward_id, at desc)`,
  // One return per redemption: an expiry and a cancel racing cannot both put the item back.
  `create unique index mall_stock_moves_one_return on mall_stock_moves (redemption_id) where kind = 'returned'`,
  // The book is append-only, like the points ledger (007's trigger function).
  `create trigger mall_stock_moves_append_only before update or delete on mall_stock_moves
    for each row execute function refuse_ledger_edit()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['mall_stock_moves', 'mall_redemptions', 'mall_rewards']) await sql.raw(`drop table ${table}`).execute(db);
  for (const statement of [
    `delete from role_grants where role = 'station' or scope_type = 'station'`,
    `delete from invitations where role = 'station' or scope_type = 'station'`,
    `alter table role_grants drop constraint role_grants_role_check`,
    `alter table role_grants add constraint role_grants_role_check check (role in (${ROLES}))`,
    `alter table role_grants drop constraint role_grants_scope_type_check`,
    `alter table role_grants add constraint role_grants_scope_type_check check (scope_type in (${SCOPES}))`,
    `alter table invitations drop constraint invitations_role_check`,
    `alter table invitations add constraint invitations_role_check check (role in (${APPOINTABLE}))`,
    `alter table invitations drop constraint invitations_scope_type_check`,
    `alter table invitations add constraint invitations_scope_type_check check (scope_type in (${SCOPES}))`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}
