import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beijingDay } from '../../../../server/core/clock';
import { COUNTERS_FROM_EVENTS, recountSignersAndVotes } from '../../../../server/db/migrations/037_dashboard_home_areas';
import { sweepCases } from '../../../../server/modules/reports/use-cases/sweep-cases';
import { addPeople, data, errorCode, seedCounty, TestCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { approvedFamily, setPhase } from '../families/family-fixtures';
import { answers, roundWith } from '../inspections/inspection-fixtures';
import { assignedCase, categoryId, fileReport, fixedCase, SPOT, TINY_JPEG } from '../reports/report-fixtures';

const t = useTestDatabase();
jest.setTimeout(120_000);


/** Binds people to a home (as a captain's approval does): `place` is "社区/楼/单元/室" of the demo county. */
async function liveIn(county: TestCounty, userIds: string[], place: string): Promise<void> {
  const at = new Date();
  await t.db
    .insertInto('householdRequests')
    .values(userIds.map((userId) => ({ id: randomUUID(), countyId: county.countyId, householdId: county.households[place], userId, relation: 'owner' as const, status: 'approved' as const, requestedAt: at, decidedAt: at, decidedRole: 'captain' })))
    .execute();
}

type Row = { areaId: string | null; day: string; metric: string; amount: number };
const sorted = (rows: Row[]) => [...rows].sort((a, b) => `${a.day}${a.metric}${a.areaId}`.localeCompare(`${b.day}${b.metric}${b.areaId}`));

/** The county's live counters (a counter's slots summed). */
async function counters(countyId: string): Promise<Row[]> {
  const { rows } = await sql<Row>`
    select area_id as "areaId", to_char(day, 'YYYY-MM-DD') as day, metric, sum(amount)::int as amount
    from dashboard_daily_counts where county_id = ${countyId} group by area_id, day, metric having sum(amount) > 0`.execute(t.db);
  return sorted(rows);
}

/** The same figures counted from the events themselves (the migration's backfill query). */
async function truth(countyId: string): Promise<Row[]> {
  const { rows } = await sql<Row>`
    select area_id as "areaId", to_char(day, 'YYYY-MM-DD') as day, metric, amount::int as amount
    from (${sql.raw(COUNTERS_FROM_EVENTS)}) events where county_id = ${countyId}`.execute(t.db);
  return sorted(rows);
}

function overview(county: TestCounty, input: Record<string, unknown> = {}) {
  return county.as('admin')('dashboard', 'overview', input);
}

describe('the command centre dashboard (全县每日情况)', () => {
  it('counts reports in / fixed / overdue, inspections and scores, signers and votes by Beijing day and 片区, equal to the events', async () => {
    const time = movableClock(new Date().toISOString());
    const county = await seedCounty(t.db, { clock: time.clock });
    const today = beijingDay(time.clock.now());

    // Two 随手拍 from 幸福里社区 (its 片区), one fixed; one left assigned to go overdue.
    const fixedId = await fileReport(county);
    await fixedCase(county, fixedId);
    const lateId = await fileReport(county);
    await assignedCase(county, lateId);
    // Signatures and votes, each under the 片区 of the person's home: 张秀兰 has none yet (未划片区),
    // the volunteer lives in 和平社区 and the shopkeeper in 幸福里社区 (城东), a newcomer in 新华社区 (城西).
    const [west] = await addPeople(county, 1);
    await liveIn(county, [west.userId], '新华社区/1号楼/1单元/101');
    for (const signer of [county.as('resident'), county.as('volunteer'), west.call]) data(await signer('conventions', 'sign', { versionId: county.versions.civic }));
    await setPhase(t.db, county.familyCampaignId, 'nomination', time.clock.now());
    const family = await approvedFamily(county);
    await setPhase(t.db, county.familyCampaignId, 'voting', time.clock.now());
    for (const voter of [county.as('shopkeeper'), west.call]) data(await voter('families', 'vote', { nominationId: family }));
    // An inspection of 幸福里农贸市场 failing two items: two more cases in, and its score.
    const roundId = await roundWith(county);
    const inspected = data<{ score: number; maxScore: number }>(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, 2)));

    // Ten days later the sweep escalates the late case (督办): overdue on that day.
    time.advanceHours(24 * 10);
    const later = beijingDay(time.clock.now());
    await sweepCases(t.db, time.clock.now(), { countyId: county.countyId });

    expect(await counters(county.countyId)).toEqual(await truth(county.countyId));

    const view = data<any>(await overview(county, { days: 14 }));
    expect(view.days).toHaveLength(14);
    expect(view.days.at(-1)).toBe(later);
    const on = (metric: string, day: string) => view.series[metric][view.days.indexOf(day)];
    expect(on('reports_in', today)).toBe(4);
    expect(on('reports_fixed', today)).toBe(1);
    // The late case and the inspection's two cases (72 hours to fix) are all past their deadline.
    expect(on('reports_overdue', later)).toBe(3);
    expect(on('inspections', today)).toBe(1);
    expect(on('inspection_score', today)).toBe(inspected.score);
    expect(on('inspection_max', today)).toBe(inspected.maxScore);
    expect(on('signers', today)).toBe(3);
    expect(on('votes', today)).toBe(2);
    expect(view.totals.reports_in).toBe(4);
    // The county 片区 by 片区: the reports and the inspection in 城东, one signer and one voter in each 片区,
    // 张秀兰's signature under 未划片区 — and nothing of whom the votes were for.
    const east = county.areas['城东片区'];
    const westArea = county.areas['城西片区'];
    const part = (areaId: string | null) => view.byArea.find((a: any) => a.areaId === areaId)?.totals;
    expect(view.byArea.map((a: any) => a.areaId)).toEqual([east, westArea, null]);
    expect(part(east)).toMatchObject({ reports_in: 4, inspections: 1, signers: 1, votes: 1 });
    expect(part(westArea)).toMatchObject({ reports_in: 0, inspections: 0, signers: 1, votes: 1 });
    expect(part(null)).toMatchObject({ reports_in: 0, signers: 1, votes: 0 });
    const { rows: columns } = await sql<{ name: string }>`select column_name as name from information_schema.columns where table_name = 'dashboard_daily_counts'`.execute(t.db);
    expect(columns.map((c) => c.name).sort()).toEqual(['amount', 'area_id', 'county_id', 'day', 'metric', 'slot']);
    // The demo's plan, rolled up (test/server/modules/dashboard/task-progress.db.test.ts).
    expect(view.tasks.planTitle).toBe('青禾县创建全国文明城市三年行动方案');

    // One 片区: its own figures, signers and votes included (not the county's), and no 片区 by 片区.
    const areas = await t.db.selectFrom('reports').select('areaId').distinct().where('countyId', '=', county.countyId).execute();
    expect(areas.map((a) => a.areaId)).toEqual([east]);
    const eastView = data<any>(await overview(county, { areaId: east }));
    expect(eastView.totals).toMatchObject({ reports_in: 4, signers: 1, votes: 1 });
    expect(eastView.series.signers[eastView.days.indexOf(today)]).toBe(1);
    expect(eastView.byArea).toEqual([]);
    expect(data<any>(await overview(county, { areaId: westArea })).totals).toMatchObject({ reports_in: 0, signers: 1, votes: 1 });
    // The window moves with the day: a week shown from ten days on no longer holds the first day.
    expect(data<any>(await overview(county, { days: 7 })).totals.reports_in).toBe(0);
  });

  it('the backfill gives an existing database the same counters', async () => {
    const county = await seedCounty(t.db);
    await fixedCase(county, await fileReport(county));
    data(await county.as('resident')('conventions', 'sign', { versionId: county.versions.civic }));
    const live = await counters(county.countyId);
    await t.db.deleteFrom('dashboardDailyCounts').where('countyId', '=', county.countyId).execute();
    await sql`insert into dashboard_daily_counts (county_id, area_id, day, metric, amount)
      select county_id, area_id, day, metric, amount from (${sql.raw(COUNTERS_FROM_EVENTS)}) events where county_id = ${county.countyId}`.execute(t.db);
    expect(await counters(county.countyId)).toEqual(live);
    expect(live.map((r) => r.metric).sort()).toEqual(['reports_fixed', 'reports_in', 'signers']);
  });

  it('migration 037 gives the signers and votes counted without a 片区 (033) the 片区 of each person\'s home', async () => {
    const county = await seedCounty(t.db);
    await setPhase(t.db, county.familyCampaignId, 'nomination');
    const family = await approvedFamily(county);
    await setPhase(t.db, county.familyCampaignId, 'voting');
    data(await county.as('resident')('conventions', 'sign', { versionId: county.versions.civic }));
    data(await county.as('volunteer')('conventions', 'sign', { versionId: county.versions.civic }));
    data(await county.as('shopkeeper')('families', 'vote', { nominationId: family }));
    const live = await counters(county.countyId);

    // As 033 left them: every signer and vote under no 片区.
    await recountSignersAndVotes(t.db as never, false, county.countyId);
    const before = await counters(county.countyId);
    expect(before.filter((r) => r.metric === 'signers' || r.metric === 'votes').map((r) => [r.metric, r.areaId, r.amount])).toEqual([
      ['signers', null, 2],
      ['votes', null, 1],
    ]);
    // The migration's recount: each under its home's 片区, 张秀兰 (no home) under 未划片区 — as they are counted live.
    await recountSignersAndVotes(t.db as never, true, county.countyId);
    expect(await counters(county.countyId)).toEqual(live);
    const east = county.areas['城东片区'];
    expect(live.filter((r) => r.metric === 'signers' || r.metric === 'votes').map((r) => [r.metric, r.areaId, r.amount]).sort()).toEqual(
      [['signers', east, 1], ['signers', null, 1], ['votes', east, 1]].sort(),
    );
  });

  it('counts twenty signatures at the same moment each under its signer\'s 片区, none lost', async () => {
    const county = await seedCounty(t.db);
    const east = await addPeople(county, 8);
    const west = await addPeople(county, 8);
    const homeless = await addPeople(county, 4);
    await liveIn(county, east.map((p) => p.userId), '幸福里社区/2号楼/2单元/402');
    await liveIn(county, west.map((p) => p.userId), '柳树村/3号楼/1单元/601');
    const people = [...east, ...west, ...homeless];
    // Open the connections first, so that the racing signatures meet at the day's counter rows.
    await Promise.all(people.map((p) => p.call('conventions', 'list', {})));
    const signed = await Promise.all(people.map((p) => p.call('conventions', 'sign', { versionId: county.versions.civic })));
    expect(signed.every((s) => s.ok)).toBe(true);

    expect(await counters(county.countyId)).toEqual(await truth(county.countyId));
    const view = data<any>(await overview(county, { days: 7 }));
    expect(view.totals.signers).toBe(20);
    expect(view.byArea.map((a: any) => [a.areaId, a.totals.signers])).toEqual([
      [county.areas['城东片区'], 8],
      [county.areas['城西片区'], 8],
      [null, 4],
    ]);
  });

  it('loses no count when forty people report at the same moment', async () => {
    const county = await seedCounty(t.db);
    const people = await addPeople(county, 40);
    const category = await categoryId(county, '乱扔垃圾');
    const inputs: Record<string, unknown>[] = [];
    for (const p of people) {
      data(await p.call('privacy', 'consent', { purpose: 'precise_location' }));
      const photo = data<{ ref: string }>(await p.call('files', 'upload', { data: TINY_JPEG })).ref;
      inputs.push({ idempotencyKey: randomUUID(), categoryId: category, description: '路口的垃圾桶满了，垃圾撒了一地', ...SPOT, address: '幸福路口', anonymous: false, photos: [photo] });
    }
    // Open the connections first, so that the racing reports meet at the day's counter rows.
    await Promise.all(people.map((p) => p.call('reports', 'categories', {})));
    const sent = await Promise.all(people.map((p, i) => p.call('reports', 'submit', inputs[i])));
    expect(sent.every((s) => s.ok)).toBe(true);
    expect(data<any>(await overview(county, { days: 7 })).totals.reports_in).toBe(40);
    expect(await counters(county.countyId)).toEqual(await truth(county.countyId));
  });

  it('is the command centre’s: a resident and a community’s staff are refused, another county sees only its own', async () => {
    const county = await seedCounty(t.db);
    await fileReport(county);
    expect(errorCode(await county.as('resident')('dashboard', 'overview', {}))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('staff')('dashboard', 'overview', {}))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('handler')('dashboard', 'overview', {}))).toBe('FORBIDDEN');

    const neighbour = await seedCounty(t.db);
    const theirs = data<any>(await overview(neighbour));
    expect(theirs.totals.reports_in).toBe(0);
    const ourArea = data<any>(await overview(county)).areas[0].id;
    expect(errorCode(await overview(neighbour, { areaId: ourArea }))).toBe('NOT_FOUND');
    expect(data<any>(await overview(county)).totals.reports_in).toBe(1);
  });

  it('refuses a window it does not offer', async () => {
    const county = await seedCounty(t.db);
    expect(errorCode(await overview(county, { days: 365 }))).toBe('VALIDATION');
  });
});

