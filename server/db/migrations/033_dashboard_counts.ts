import { Kysely, sql } from 'kysely';

/**
 * The command centre's dashboard (指挥中心·全县每日情况) reads daily counters,
 * one row per (county, area, Beijing day, metric), added to in the same
 * transaction as the event itself through the dashboard module's facade
 * (`countEvent`). Why counters and not indexed aggregates over the events:
 * the figures come from six modules' tables (reports, report events,
 * inspections, pledges, family votes, volunteer hours) that the dashboard may
 * not read, an aggregate over a million events costs a scan of them however
 * it is indexed (~84 ms for 1,000,000 votes on this machine), while a month of
 * counters for a county is at most days × areas × metrics rows read by key —
 * the same at a thousand events and at a million. An upsert's row lock makes
 * concurrent events add up (no lost increments). A county-wide counter row
 * would make every vote of the county wait for the one before it to commit
 * (the lock is held to the end of the transaction), so each counter is spread
 * over 16 slots, one picked at random per event: a read sums at most 16 rows
 * per (day, 片区, metric), still independent of the number of events.
 *
 * `area_id` is null for an event without a 片区 (a pledge or a vote: the
 * person's home is not known to the module that records it); such rows count
 * in the county's totals only. The backfill below makes the counters right on
 * an existing database; it runs once, with the table, inside the migration.
 */
/**
 * The counters as the events themselves give them (county, 片区, Beijing day,
 * metric, amount): the backfill, and the truth the integration test holds the
 * live counters to.
 */
export const COUNTERS_FROM_EVENTS = `select county_id, area_id, day, metric, sum(amount) as amount from (
     select r.county_id, r.area_id, (r.submitted_at at time zone 'Asia/Shanghai')::date as day, 'reports_in' as metric, 1::bigint as amount
       from reports r
     union all
     select r.county_id, r.area_id, (e.at at time zone 'Asia/Shanghai')::date, 'reports_fixed', 1
       from report_events e join reports r on r.id = e.report_id where e.type = 'fixed'
     union all
     select r.county_id, r.area_id, (e.at at time zone 'Asia/Shanghai')::date, 'reports_overdue', 1
       from report_events e join reports r on r.id = e.report_id where e.type = 'escalated'
     union all
     select i.county_id, s.area_id, (i.submitted_at at time zone 'Asia/Shanghai')::date, 'inspections', 1
       from inspections i join inspection_sites s on s.id = i.site_id
     union all
     select i.county_id, s.area_id, (i.submitted_at at time zone 'Asia/Shanghai')::date, 'inspection_score', i.score
       from inspections i join inspection_sites s on s.id = i.site_id
     union all
     select i.county_id, s.area_id, (i.submitted_at at time zone 'Asia/Shanghai')::date, 'inspection_max', i.max_score
       from inspections i join inspection_sites s on s.id = i.site_id
     union all
     select p.county_id, null::uuid, (p.signed_at at time zone 'Asia/Shanghai')::date, 'signers', 1
       from pledges p
     union all
     select v.county_id, null::uuid, (v.at at time zone 'Asia/Shanghai')::date, 'votes', 1
       from family_votes v
     union all
     select h.county_id, c.area_id, h.served_on::date, 'volunteer_minutes', h.minutes
       from volunteer_hours h left join communities c on c.id = h.community_id
   ) events
   group by county_id, area_id, day, metric
   having sum(amount) > 0`;

const statements = [
  `create table dashboard_daily_counts (
    county_id uuid not null references counties(id),
    area_id uuid references areas(id),
    day date not null,
    metric text not null,
    slot smallint not null default 0 check (slot between 0 and 15),
    amount bigint not null default 0 check (amount >= 0),
    constraint dashboard_daily_counts_key unique nulls not distinct (county_id, day, metric, area_id, slot)
  )`,
  `insert into dashboard_daily_counts (county_id, area_id, day, metric, amount)
   ${COUNTERS_FROM_EVENTS}`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table dashboard_daily_counts').execute(db);
}
