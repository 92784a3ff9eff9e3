import { data, errorCode, seedCounty, addPeople } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { activityInput, addVolunteers, createActivity, NOW } from './activity-fixtures';

const t = useTestDatabase();

async function seats(county: Awaited<ReturnType<typeof seedCounty>>, activityId: string) {
  const rows = await t.db.selectFrom('activitySignups').select(['userId', 'status', 'seq']).where('activityId', '=', activityId).orderBy('seq').execute();
  const counters = await t.db.selectFrom('activities').select(['confirmedCount', 'waitlistCount', 'capacity']).where('id', '=', activityId).executeTakeFirstOrThrow();
  return { rows, counters };
}

describe('signing up for an activity', () => {
  it('gives 500 simultaneous sign-ups for 50 places exactly 50 seats, the rest a waitlist in arrival order, nobody twice', async () => {
    const county = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    const activityId = await createActivity(county, { capacity: 50 });
    const people = await addVolunteers(county, 500);
    const answers = await Promise.all(people.map((p) => p.call('activities', 'signUp', { activityId })));
    expect(answers.filter((a) => !a.ok)).toEqual([]);

    const { rows, counters } = await seats(county, activityId);
    expect(rows).toHaveLength(500);
    expect(new Set(rows.map((r) => r.userId)).size).toBe(500);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect(rows.filter((r) => r.status === 'confirmed').map((r) => r.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(counters).toEqual({ confirmedCount: 50, waitlistCount: 450, capacity: 50 });
    // Each person's answer says where they stand, and the waitlist positions follow arrival.
    const positions = answers.map((a) => (a.ok ? (a.data as any).me : null)).filter((me) => me.status === 'waitlisted').map((me) => me.waitlistPosition);
    expect(new Set(positions).size).toBe(450);
  });

  it('keeps one place for a person who signs up twenty times at once', async () => {
    const county = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    const activityId = await createActivity(county);
    const [person] = await addVolunteers(county, 1);
    const answers = await Promise.all(Array.from({ length: 20 }, () => person.call('activities', 'signUp', { activityId })));
    expect(answers.every((a) => a.ok)).toBe(true);
    const { rows, counters } = await seats(county, activityId);
    expect(rows).toHaveLength(1);
    expect(counters.confirmedCount).toBe(1);
  });

  it('gives a cancelled seat to the first on the waitlist, in the same step, and tells them', async () => {
    const county = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    const activityId = await createActivity(county, { capacity: 2 });
    const [a, b, c, d] = await addVolunteers(county, 4);
    for (const p of [a, b, c, d]) data(await p.call('activities', 'signUp', { activityId }));
    expect(data<any>(await d.call('activities', 'detail', { activityId })).me).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });

    const after = data<any>(await a.call('activities', 'cancel', { activityId }));
    expect(after.me).toBeNull();
    expect(data<any>(await c.call('activities', 'detail', { activityId })).me.status).toBe('confirmed');
    expect(data<any>(await d.call('activities', 'detail', { activityId })).me).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const [notice] = data<any[]>(await c.call('inbox', 'list', {}));
    expect(notice.title).toBe('候补成功：幸福里环境清洁行动');
    expect((await seats(county, activityId)).counters).toMatchObject({ confirmedCount: 2, waitlistCount: 1 });
  });

  it('never overbooks or loses a seat when cancels and sign-ups race', async () => {
    const county = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    const activityId = await createActivity(county, { capacity: 10 });
    const first = await addVolunteers(county, 20);
    for (const p of first) data(await p.call('activities', 'signUp', { activityId }));
    const later = await addVolunteers(county, 20);
    const results = await Promise.all([
      ...first.slice(0, 15).map((p) => p.call('activities', 'cancel', { activityId })),
      ...later.map((p) => p.call('activities', 'signUp', { activityId })),
    ]);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const { rows, counters } = await seats(county, activityId);
    const confirmed = rows.filter((r) => r.status === 'confirmed');
    const waiting = rows.filter((r) => r.status === 'waitlisted');
    expect(confirmed).toHaveLength(10);
    expect(counters).toMatchObject({ confirmedCount: 10, waitlistCount: waiting.length });
    expect(rows.filter((r) => r.status !== 'cancelled')).toHaveLength(25);
    // Whoever waits arrived after everyone who holds a seat from the waitlist... and the seated are the earliest still in.
    const stillIn = rows.filter((r) => r.status !== 'cancelled').map((r) => r.seq);
    expect(confirmed.map((r) => r.seq)).toEqual(stillIn.slice(0, 10));
  });

  it('refuses a team-only activity to a volunteer outside the team, and a volunteer activity to someone not registered', async () => {
    const county = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    const membersOnly = await createActivity(county, { audience: 'members' });
    const forVolunteers = await createActivity(county);
    const [outsider] = await addVolunteers(county, 1);
    const [member] = await addVolunteers(county, 1, { teamId: county.teamId });
    const [resident] = await addPeople(county, 1);

    const refused = await outsider.call('activities', 'signUp', { activityId: membersOnly });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '本活动仅限环境卫士志愿服务队队员报名' } });
    expect(data<any>(await member.call('activities', 'signUp', { activityId: membersOnly })).me.status).toBe('confirmed');
    expect(await resident.call('activities', 'signUp', { activityId: forVolunteers })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '本活动面向注册志愿者，请先注册成为志愿者' } });
    expect(errorCode(await county.as('minor')('activities', 'signUp', { activityId: forVolunteers }))).toBe('FORBIDDEN');
    expect(data<any>(await outsider.call('activities', 'detail', { activityId: membersOnly })).cannotSignUp).toBe('本活动仅限环境卫士志愿服务队队员报名');
    expect(await t.db.selectFrom('activitySignups').select('id').where('activityId', 'in', [membersOnly, forVolunteers]).execute()).toHaveLength(1);
  });

  it('closes sign-up and cancelling at the deadline', async () => {
    const time = movableClock(NOW);
    const county = await seedCounty(t.db, { clock: time.clock });
    const activityId = await createActivity(county);
    const [early, late] = await addVolunteers(county, 2);
    data(await early.call('activities', 'signUp', { activityId }));
    time.advanceHours(13);
    expect(await late.call('activities', 'signUp', { activityId })).toMatchObject({ ok: false, error: { code: 'CLOSED', message: '报名已截止' } });
    expect(errorCode(await early.call('activities', 'cancel', { activityId }))).toBe('CLOSED');
  });

  it('opens community events to any resident, including children', async () => {
    const county = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    const activityId = await createActivity(county, { organiser: { kind: 'community', communityId: county.communities['幸福里社区'] }, audience: 'residents', pointsPerHour: 0 }, 'staff');
    expect(data<any>(await county.as('resident')('activities', 'signUp', { activityId })).me.status).toBe('confirmed');
    expect(data<any>(await county.as('minor')('activities', 'signUp', { activityId })).me.status).toBe('confirmed');
  });

  it('lets only the organiser call an activity off, and tells everyone signed up', async () => {
    const county = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    const activityId = await createActivity(county, { capacity: 1 });
    const [a, b] = await addVolunteers(county, 2);
    data(await a.call('activities', 'signUp', { activityId }));
    data(await b.call('activities', 'signUp', { activityId }));
    expect(errorCode(await a.call('activities', 'callOff', { activityId, reason: '下雨' }))).toBe('FORBIDDEN');
    expect(data<any>(await county.as('team_lead')('activities', 'callOff', { activityId, reason: '暴雨预警，改期举行' })).status).toBe('cancelled');
    expect(data<any[]>(await b.call('inbox', 'list', {}))[0].body).toContain('暴雨预警，改期举行');
    expect(errorCode(await a.call('activities', 'signUp', { activityId }))).toBe('CLOSED');
  });
});

describe('publishing an activity', () => {
  it('is for the team leader of that team, the staff of that community, or the command centre', async () => {
    const county = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    const [otherTeam] = await t.db.selectFrom('volunteerTeams').select('id').where('countyId', '=', county.countyId).where('id', '!=', county.teamId).limit(1).execute();
    expect(errorCode(await county.as('team_lead')('activities', 'create', activityInput(county, { organiser: { kind: 'team', teamId: otherTeam.id } })))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('volunteer')('activities', 'create', activityInput(county)))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('staff')('activities', 'create', activityInput(county, { organiser: { kind: 'community', communityId: county.communities['和平社区'] }, audience: 'residents' })))).toBe('FORBIDDEN');
    expect((await county.as('admin')('activities', 'create', activityInput(county, { organiser: { kind: 'team', teamId: otherTeam.id } }))).ok).toBe(true);
    const other = await seedCounty(t.db);
    expect(errorCode(await other.as('admin')('activities', 'create', activityInput(other, { organiser: { kind: 'team', teamId: county.teamId } })))).toBe('NOT_FOUND');
  });

  it('refuses times out of order, each with its field', async () => {
    const county = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    const before = await t.db.selectFrom('activities').select('id').where('countyId', '=', county.countyId).execute();
    const answer = await county.as('team_lead')('activities', 'create', activityInput(county, { startsAt: '2026-11-30T01:00:00Z', endsAt: '2026-11-30T00:00:00Z' }));
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const fields = (answer as any).error.details.map((d: any) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['startsAt', 'endsAt', 'signupDeadline']));
    expect(errorCode(await county.as('staff')('activities', 'create', activityInput(county, { organiser: { kind: 'community', communityId: county.communities['幸福里社区'] }, audience: 'members' })))).toBe('VALIDATION');
    expect(await t.db.selectFrom('activities').select('id').where('countyId', '=', county.countyId).execute()).toHaveLength(before.length);
  });
});
