import { randomUUID } from 'node:crypto';
import { award } from '../../../../server/modules/points/facade';
import { addPeople, data, seedCounty, TestCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { certifiedHours, registeredVolunteers } from './volunteer-fixtures';

const t = useTestDatabase();

/** 2026-12-01 is a Tuesday; its Beijing week runs Monday 11-30 to Sunday 12-06. */
const TUESDAY_0900_BEIJING = '2026-12-01T01:00:00.000Z';

async function teamNamed(county: TestCounty, name: string) {
  return (await t.db.selectFrom('volunteerTeams').select('id').where('countyId', '=', county.countyId).where('name', '=', name).executeTakeFirstOrThrow()).id;
}

describe('hours', () => {
  it('groups certified minutes by Beijing month and organiser (team or community), newest first, with every record', async () => {
    const county = await seedCounty(t.db);
    const [p] = await registeredVolunteers(county, 1);
    await certifiedHours(county, { userId: p.userId, teamId: county.teamId, servedOn: '2026-11-28', minutes: 60, points: 10, title: '清理小广告' });
    await certifiedHours(county, { userId: p.userId, teamId: county.teamId, servedOn: '2026-12-01', minutes: 90, backfilled: true, title: '捡拾垃圾' });
    await certifiedHours(county, { userId: p.userId, communityId: county.communities['幸福里社区'], servedOn: '2026-12-03', minutes: 45, points: 5, title: '板凳讲堂' });

    const hours = data<any>(await p.call('volunteers', 'hours', {}));
    expect(hours.totalMinutes).toBe(195);
    expect(hours.months).toEqual([
      { month: '2026-12', minutes: 135, teams: [{ teamName: '环境卫士志愿服务队', minutes: 90 }, { teamName: '幸福里社区', minutes: 45 }] },
      { month: '2026-11', minutes: 60, teams: [{ teamName: '环境卫士志愿服务队', minutes: 60 }] },
    ]);
    expect(hours.records).toEqual([
      expect.objectContaining({ title: '板凳讲堂', organiser: '幸福里社区', servedOn: '2026-12-03', minutes: 45, backfilled: false, points: 5 }),
      expect.objectContaining({ title: '捡拾垃圾', organiser: '环境卫士志愿服务队', servedOn: '2026-12-01', minutes: 90, backfilled: true, points: 0 }),
      expect.objectContaining({ title: '清理小广告', organiser: '环境卫士志愿服务队', servedOn: '2026-11-28', minutes: 60, backfilled: false, points: 10 }),
    ]);
    expect(data<any>(await p.call('volunteers', 'me', {}))).toMatchObject({ totalMinutes: 195, activityCount: 3 });
    // Someone else's hours are not the caller's, and a person with none (registered or not) gets an empty page.
    expect(data<any>(await county.as('volunteer')('volunteers', 'hours', {}))).toEqual({ totalMinutes: 0, months: [], records: [] });
    expect(data<any>(await county.as('resident')('volunteers', 'hours', {}))).toEqual({ totalMinutes: 0, months: [], records: [] });
  });

  it('shows the person\'s points balance from the ledger in me', async () => {
    const county = await seedCounty(t.db);
    const before = data<any>(await county.as('volunteer')('volunteers', 'me', {})).points;
    await t.db.transaction().execute((trx) => award(trx, { countyId: county.countyId, userId: county.people.volunteer.userId, amount: 30, sourceKey: 'test:volunteers-me', kind: 'test', memo: '测试', at: new Date() }));
    expect(data<any>(await county.as('volunteer')('volunteers', 'me', {})).points).toBe(before + 30);
  });
});

describe('the hours certificate (志愿服务记录证明)', () => {
  it('carries the person\'s own registered name, the county, totals and the issuers, numbered the same all Beijing day', async () => {
    const time = movableClock('2026-12-01T15:58:00.000Z'); // 23:58 in Beijing
    const county = await seedCounty(t.db, { clock: time.clock });
    const volunteer = county.people.volunteer.userId;
    await certifiedHours(county, { userId: volunteer, teamId: county.teamId, servedOn: '2026-11-20', minutes: 120, points: 20 });
    await certifiedHours(county, { userId: volunteer, teamId: county.teamId, servedOn: '2026-11-27', minutes: 30 });
    await certifiedHours(county, { userId: volunteer, communityId: county.communities['幸福里社区'], servedOn: '2026-11-29', minutes: 60 });

    const first = data<any>(await county.as('volunteer')('volunteers', 'certificate', {}));
    expect(first).toMatchObject({ realName: '赵志远', countyName: '青禾县', totalMinutes: 210, activityCount: 3, issuedOn: '2026-12-01' });
    expect(first.issuers.sort()).toEqual(['幸福里社区', '环境卫士志愿服务队'].sort());
    expect(first.records).toHaveLength(3);
    expect(first.number).toMatch(/^ZY20261201[0-9A-F]{6}$/);

    time.advanceSeconds(60); // 23:59, the same Beijing day
    expect(data<any>(await county.as('volunteer')('volunteers', 'certificate', {})).number).toBe(first.number);
    time.advanceSeconds(120); // 00:01 the next Beijing day (still 12-01 in UTC)
    const nextDay = data<any>(await county.as('volunteer')('volunteers', 'certificate', {}));
    expect(nextDay.issuedOn).toBe('2026-12-02');
    expect(nextDay.number).toMatch(/^ZY20261202/);
    expect(data<any>(await county.as('team_lead')('volunteers', 'certificate', {})).number).not.toBe(nextDay.number);
  });

  it('is refused to someone who has not registered', async () => {
    const county = await seedCounty(t.db);
    const answer = await county.as('resident')('volunteers', 'certificate', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('请先注册') } });
  });
});

describe('the hours leaderboard', () => {
  async function countyWithHours(clock: ReturnType<typeof movableClock>['clock']) {
    const county = await seedCounty(t.db, { clock });
    const [a, b] = await addPeople(county, 2);
    const health = await teamNamed(county, '健康服务志愿服务队');
    const heping = county.communities['和平社区'];
    const xingfu = county.communities['幸福里社区'];
    const rows = [
      { servedOn: '2026-11-29', minutes: 1 }, // Sunday before: November, last week
      { servedOn: '2026-11-30', minutes: 2 }, // Monday: this week, November
      { servedOn: '2026-12-06', minutes: 4 }, // Sunday: this week, December
      { servedOn: '2026-12-07', minutes: 8 }, // next Monday: next week, December
      { servedOn: '2026-12-31', minutes: 16 }, // December only
      { servedOn: '2027-01-01', minutes: 32 }, // neither
    ];
    for (const r of rows) {
      await certifiedHours(county, { userId: a.userId, teamId: county.teamId, communityId: heping, ...r });
      await certifiedHours(county, { userId: b.userId, teamId: health, communityId: xingfu, ...r, minutes: r.minutes * 3 });
    }
    // A community event: no team, counted for the community.
    await certifiedHours(county, { userId: a.userId, communityId: heping, servedOn: '2026-12-02', minutes: 7 });
    return { county, health, heping, xingfu };
  }

  it('ranks teams and communities by minutes in the Beijing week, Monday to Sunday', async () => {
    // Monday 00:30 in Beijing, still Sunday in UTC.
    const time = movableClock('2026-11-29T16:30:00.000Z');
    const { county, health, heping, xingfu } = await countyWithHours(time.clock);
    const week = data<any>(await county.as('resident')('volunteers', 'leaderboard', { period: 'week' }));
    expect(week).toMatchObject({ period: 'week', from: '2026-11-30', to: '2026-12-06' });
    expect(week.teams).toEqual([
      { id: health, name: '健康服务志愿服务队', minutes: 18 },
      { id: county.teamId, name: '环境卫士志愿服务队', minutes: 6 },
    ]);
    expect(week.communities).toEqual([
      { id: xingfu, name: '幸福里社区', minutes: 18 },
      { id: heping, name: '和平社区', minutes: 13 },
    ]);

    // Sunday 23:59 in Beijing is the same week; a minute later the next one.
    time.set('2026-12-06T15:59:00.000Z');
    expect(data<any>(await county.as('resident')('volunteers', 'leaderboard', { period: 'week' })).from).toBe('2026-11-30');
    time.set('2026-12-06T16:00:00.000Z');
    const next = data<any>(await county.as('resident')('volunteers', 'leaderboard', { period: 'week' }));
    expect(next).toMatchObject({ from: '2026-12-07', to: '2026-12-13' });
    expect(next.teams.map((team: any) => team.minutes)).toEqual([24, 8]);
  });

  it('ranks by the Beijing month, which starts at midnight Beijing time', async () => {
    // 2026-11-30 23:30 in Beijing: still November.
    const time = movableClock('2026-11-30T15:30:00.000Z');
    const { county, health } = await countyWithHours(time.clock);
    const november = data<any>(await county.as('resident')('volunteers', 'leaderboard', { period: 'month' }));
    expect(november).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(november.teams).toEqual([
      { id: health, name: '健康服务志愿服务队', minutes: 9 },
      { id: county.teamId, name: '环境卫士志愿服务队', minutes: 3 },
    ]);
    // 2026-12-01 00:30 in Beijing, still 11-30 in UTC: December.
    time.set('2026-11-30T16:30:00.000Z');
    const december = data<any>(await county.as('resident')('volunteers', 'leaderboard', { period: 'month' }));
    expect(december).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    expect(december.teams.map((team: any) => team.minutes)).toEqual([84, 28]);
    expect(december.communities.map((c: any) => c.minutes)).toEqual([84, 35]);
  });

  it('counts only the caller\'s county and names no person', async () => {
    const time = movableClock(TUESDAY_0900_BEIJING);
    const { county } = await countyWithHours(time.clock);
    const elsewhere = await seedCounty(t.db, { clock: time.clock });
    expect(data<any>(await elsewhere.as('resident')('volunteers', 'leaderboard', { period: 'month' }))).toMatchObject({ teams: [], communities: [] });
    const board = JSON.stringify(await county.as('resident')('volunteers', 'leaderboard', { period: 'month' }));
    const people = await t.db.selectFrom('users').select(['id', 'name']).where('countyId', '=', county.countyId).execute();
    for (const person of people) {
      expect(board).not.toContain(person.id);
      expect(board).not.toContain(person.name);
    }
  });

  it('keeps the top 20 teams', async () => {
    const time = movableClock(TUESDAY_0900_BEIJING);
    const county = await seedCounty(t.db, { clock: time.clock });
    const [p] = await addPeople(county, 1);
    const teams = await t.db.selectFrom('volunteerTeams').select('id').where('countyId', '=', county.countyId).execute();
    const extra = Array.from({ length: 4 }, (_, i) => ({ id: randomUUID(), countyId: county.countyId, name: `新队${i}`, kind: 'specialty' as const, description: '' }));
    await t.db.insertInto('volunteerTeams').values(extra).execute();
    for (const [i, team] of [...teams, ...extra].entries()) await certifiedHours(county, { userId: p.userId, teamId: team.id, servedOn: '2026-12-01', minutes: i + 1 });
    const board = data<any>(await county.as('resident')('volunteers', 'leaderboard', { period: 'week' }));
    expect(board.teams).toHaveLength(20);
    expect(board.teams[0].minutes).toBe(22);
    expect(board.teams[19].minutes).toBe(3);
  });
});
