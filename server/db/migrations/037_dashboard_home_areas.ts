import { Kysely, sql } from 'kysely';

/**
 * The dashboard's convention signers and family votes, per 片区 (issue 16,
 * "One dashboard": the whole campaign by day per area). Until now both were
 * counted with no 片区 (migration 033: the conventions and families modules
 * did not look up the person's home). From now on each is counted under the
 * 片区 of the signer's / voter's home at that moment, through the households
 * and places facades, in the event's own statement; a person bound to no home
 * counts under 未划片区 (area null), as every other metric does for an event
 * without a 片区: in the county's totals, in no 片区's.
 *
 * A vote stays secret: the counter holds how many votes were cast on a day by
 * people of a 片区, never whom they were for (no nomination, no campaign, no
 * person). The backfill reads the home each person is bound to when it runs
 * (the home at the time of an old signature is not recorded anywhere): a
 * person who moved since counts under their present 片区.
 */
const HOME_AREA = `select hr.user_id, c.area_id
       from household_requests hr
       join households h on h.id = hr.household_id
       join units u on u.id = h.unit_id
       join buildings b on b.id = u.building_id
       join communities c on c.id = b.community_id
      where hr.status = 'approved'`;

/** Signers and votes from the events, under the 片区 of each person's home (null without one). */
const SIGNERS_AND_VOTES = `select p.county_id, home.area_id, (p.signed_at at time zone 'Asia/Shanghai')::date as day, 'signers' as metric, 1::bigint as amount
       from pledges p left join (${HOME_AREA}) home on home.user_id = p.user_id
     union all
     select v.county_id, home.area_id, (v.at at time zone 'Asia/Shanghai')::date, 'votes', 1
       from family_votes v left join (${HOME_AREA}) home on home.user_id = v.voter_id`;

/**
 * The counters as the events themselves give them (county, 片区, Beijing day,
 * metric, amount): the truth the integration test holds the live counters to
 * (033's, with signers and votes under their people's homes).
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
     ${SIGNERS_AND_VOTES}
     union all
     select h.county_id, c.area_id, h.served_on::date, 'volunteer_minutes', h.minutes
       from volunteer_hours h left join communities c on c.id = h.community_id
   ) events
   group by county_id, area_id, day, metric
   having sum(amount) > 0`;

/**
 * Signers and votes counted again from the events, under their people's homes
 * (or, going down, without a 片区, as 033 left them): of every county, or of
 * one (the integration test recounts its own county only, on a shared database).
 */
export async function recountSignersAndVotes(db: Kysely<unknown>, withHomes: boolean, countyId?: string): Promise<void> {
  const only = countyId ? sql` and county_id = ${countyId}` : sql``;
  const area = withHomes ? sql`area_id` : sql`null::uuid`;
  await sql`delete from dashboard_daily_counts where metric in ('signers', 'votes')${only}`.execute(db);
  await sql`insert into dashboard_daily_counts (county_id, area_id, day, metric, amount)
    select county_id, ${area}, day, metric, sum(amount) from (${sql.raw(SIGNERS_AND_VOTES)}) events
    where true${only}
    group by county_id, ${area}, day, metric`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await recountSignersAndVotes(db, true);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await recountSignersAndVotes(db, false);
}
