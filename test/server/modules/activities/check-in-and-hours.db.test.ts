import { data, errorCode, seedCounty, TestCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { addVolunteers, createActivity, NOW, PLACE } from './activity-fixtures';

const t = useTestDatabase();

/** An activity starting in 24 h with people signed up, and a clock at its start. */
async function atTheActivity(options: { people?: number; overrides?: Record<string, unknown> } = {}) {
  const time = movableClock(NOW);
  const county = await seedCounty(t.db, { clock: time.clock });
  const activityId = await createActivity(county, options.overrides);
  const people = await addVolunteers(county, options.people ?? 1);
  for (const p of people) data(await p.call('activities', 'signUp', { activityId }));
  time.advanceHours(24);
  const code = async () => data<{ token: string; digits: string }>(await county.as('team_lead')('activities', 'code', { activityId }));
  return { time, county, activityId, people, code };
}

async function signupOf(county: TestCounty, activityId: string, userId: string) {
  return t.db.selectFrom('activitySignups').selectAll().where('activityId', '=', activityId).where('userId', '=', userId).executeTakeFirstOrThrow();
}

describe('checking in and out', () => {
  it('takes the typed digits or the scanned token, once each way, and counts the minutes between', async () => {
    const { time, county, activityId, people: [p], code } = await atTheActivity();
    const inAnswer = data<any>(await p.call('activities', 'check', { activityId, direction: 'in', code: (await code()).digits }));
    expect(inAnswer).toMatchObject({ direction: 'in', checkedOutAt: null });
    time.advanceSeconds(60);
    // Checking in again changes nothing.
    expect(data<any>(await p.call('activities', 'check', { activityId, direction: 'in', code: (await code()).token })).checkedInAt).toBe(inAnswer.checkedInAt);
    time.advanceHours(1.5);
    const out = data<any>(await p.call('activities', 'check', { activityId, direction: 'out', code: (await code()).token }));
    expect(out.scannedMinutes).toBe(91);
    time.advanceSeconds(60);
    expect(data<any>(await p.call('activities', 'check', { activityId, direction: 'out', code: (await code()).digits })).checkedOutAt).toBe(out.checkedOutAt);
    expect(await signupOf(county, activityId, p.userId)).toMatchObject({ scannedMinutes: 91 });
  });

  it('refuses an expired code, another activity\'s code and made-up digits with a clear message', async () => {
    const { time, county, activityId, people: [p], code } = await atTheActivity();
    const old = await code();
    time.advanceSeconds(61);
    expect(await p.call('activities', 'check', { activityId, direction: 'in', code: old.token })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '签到码已过期，请扫描组织者手机上最新的码' } });
    expect(errorCode(await p.call('activities', 'check', { activityId, direction: 'in', code: old.digits }))).toBe('VALIDATION');

    const elsewhere = await createActivity(county, { startsAt: '2026-12-02T01:20:00Z', endsAt: '2026-12-02T03:00:00Z', signupDeadline: '2026-12-02T01:10:00Z' });
    const otherToken = data<any>(await county.as('team_lead')('activities', 'code', { activityId: elsewhere })).token;
    expect(await p.call('activities', 'check', { activityId, direction: 'in', code: otherToken })).toMatchObject({ ok: false, error: { message: '这是另一场活动的签到码，请确认您在正确的活动现场' } });
    const current = (await code()).digits;
    const wrong = String((Number(current) + 1) % 1_000_000).padStart(6, '0');
    expect(await p.call('activities', 'check', { activityId, direction: 'in', code: wrong })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await signupOf(county, activityId, p.userId)).checkedInAt).toBeNull();
  });

  it('opens check-in half an hour before the start and asks for check-in before check-out', async () => {
    const { time, activityId, people: [p], code } = await atTheActivity();
    time.advanceHours(-1);
    expect(errorCode(await p.call('activities', 'code', { activityId }))).toBe('FORBIDDEN');
    time.advanceHours(0.5);
    const digits = (await code()).digits;
    expect(await p.call('activities', 'check', { activityId, direction: 'out', code: digits })).toMatchObject({ ok: false, error: { code: 'CLOSED' } });
    time.advanceHours(0.5);
    expect(await p.call('activities', 'check', { activityId, direction: 'out', code: (await code()).digits })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '您还没有签到，请先签到' } });
  });

  it('asks for the place where the activity requires it, only with the volunteer\'s consent to their position: within 500 m passes, 800 m away does not', async () => {
    const { activityId, people: [p], code } = await atTheActivity({ overrides: { requireNearby: true } });
    const digits = (await code()).digits;
    expect(errorCode(await p.call('activities', 'check', { activityId, direction: 'in', code: digits }))).toBe('VALIDATION');
    const unconsented = await p.call('activities', 'check', { activityId, direction: 'in', code: digits, lat: PLACE.lat, lng: PLACE.lng });
    expect((unconsented as any).error.details).toEqual([{ field: 'locationConsent', message: '请先同意“使用您的精确位置”' }]);
    data(await p.call('privacy', 'consent', { purpose: 'precise_location' }));
    const far = await p.call('activities', 'check', { activityId, direction: 'in', code: digits, lat: PLACE.lat + 800 / 111_195, lng: PLACE.lng });
    expect(far).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((far as any).error.message).toMatch(/^您距离活动地点约8\d\d米/);
    expect((await p.call('activities', 'check', { activityId, direction: 'in', code: digits, lat: PLACE.lat + 300 / 111_195, lng: PLACE.lng })).ok).toBe(true);
  });

  it('refuses people on the waitlist and people who never signed up', async () => {
    const { county, activityId, code } = await atTheActivity({ overrides: { capacity: 1 }, people: 2 });
    const waiting = await t.db.selectFrom('activitySignups').select('userId').where('activityId', '=', activityId).where('status', '=', 'waitlisted').executeTakeFirstOrThrow();
    const digits = (await code()).digits;
    expect(await county.as({ openid: `${county.openidPrefix}${waiting.userId}` })('activities', 'check', { activityId, direction: 'in', code: digits })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您还在候补名单中，轮到您时会收到通知' } });
    expect(errorCode(await county.as('resident')('activities', 'check', { activityId, direction: 'in', code: digits }))).toBe('FORBIDDEN');
  });
});

describe('certifying hours', () => {
  async function checkedOut(minutes: number) {
    const ctx = await atTheActivity();
    const [p] = ctx.people;
    data(await p.call('activities', 'check', { activityId: ctx.activityId, direction: 'in', code: (await ctx.code()).digits }));
    ctx.time.advanceSeconds(minutes * 60);
    data(await p.call('activities', 'check', { activityId: ctx.activityId, direction: 'out', code: (await ctx.code()).digits }));
    const { signupId } = (data<any>(await ctx.county.as('team_lead')('activities', 'roster', { activityId: ctx.activityId })).confirmed as any[])[0];
    return { ...ctx, p, signupId };
  }

  it('pays points for scanned hours once, tells the volunteer, and shows the hours to them', async () => {
    const { county, activityId, p, signupId } = await checkedOut(120);
    const certified = data<any[]>(await county.as('team_lead')('activities', 'certify', { activityId, entries: [{ signupId, minutes: 120 }] }));
    expect(certified).toEqual([{ signupId, minutes: 120, backfilled: false, points: 20 }]);
    // The command centre's dashboard counts the service on the day served (全县每日情况).
    expect(data<any>(await county.as('admin')('dashboard', 'overview', { days: 7 })).totals.volunteer_minutes).toBe(120);
    expect(data<any>(await p.call('points', 'balance', {}))).toMatchObject({ balance: 20, entries: [expect.objectContaining({ amount: 20, kind: 'volunteer_hours' })] });
    expect(data<any>(await p.call('activities', 'detail', { activityId })).me).toMatchObject({ certifiedMinutes: 120, points: 20 });
    expect(data<any[]>(await p.call('inbox', 'list', {}))[0].title).toBe('服务时长已确认：幸福里环境清洁行动');
    // A second certification, even racing, pays nothing more.
    const again = await Promise.all(Array.from({ length: 5 }, () => county.as('team_lead')('activities', 'certify', { activityId, entries: [{ signupId, minutes: 120 }] })));
    expect(again.map(errorCode)).toEqual(Array(5).fill('CONFLICT'));
    expect(data<any>(await p.call('points', 'balance', {})).balance).toBe(20);
  });

  it('counts raised hours as back-filled hours without more points, and wants a reason for any change', async () => {
    const { county, activityId, p, signupId } = await checkedOut(60);
    expect(await county.as('team_lead')('activities', 'certify', { activityId, entries: [{ signupId, minutes: 180 }] })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ field: 'entries.0.reason' }] } });
    expect(data<any[]>(await county.as('team_lead')('activities', 'certify', { activityId, entries: [{ signupId, minutes: 180, reason: '签退时手机没电，实际服务到结束' }] }))).toEqual([{ signupId, minutes: 180, backfilled: true, points: 10 }]);
    expect(data<any>(await p.call('points', 'balance', {})).balance).toBe(10);
    const [row] = data<any>(await county.as('team_lead')('activities', 'roster', { activityId })).confirmed;
    expect(row.certified).toEqual({ minutes: 180, backfilled: true, points: 10, reason: '签退时手机没电，实际服务到结束' });
  });

  it('is for the organiser only; a leader of another team, the volunteer and staff are refused', async () => {
    const { county, activityId, p, signupId } = await checkedOut(30);
    const otherTeam = await t.db.selectFrom('volunteerTeams').select('id').where('countyId', '=', county.countyId).where('id', '!=', county.teamId).executeTakeFirstOrThrow();
    const otherLead = await addVolunteers(county, 1);
    await t.db.insertInto('roleGrants').values({ id: crypto.randomUUID(), countyId: county.countyId, userId: otherLead[0].userId, role: 'team_lead', scopeType: 'team', scopeId: otherTeam.id, grantedBy: null }).execute();
    for (const caller of [otherLead[0].call, p.call, county.as('staff')]) {
      expect(errorCode(await caller('activities', 'certify', { activityId, entries: [{ signupId, minutes: 30 }] }))).toBe('FORBIDDEN');
      expect(errorCode(await caller('activities', 'roster', { activityId }))).toBe('FORBIDDEN');
      expect(errorCode(await caller('activities', 'code', { activityId }))).toBe('FORBIDDEN');
    }
    expect(await t.db.selectFrom('volunteerHours').select('id').where('activityId', '=', activityId).execute()).toEqual([]);
  });

  it('waits for the end before certifying someone who never checked out', async () => {
    const { time, county, activityId, people: [p] } = await atTheActivity();
    const { signupId } = (data<any>(await county.as('team_lead')('activities', 'roster', { activityId })).confirmed as any[])[0];
    expect(errorCode(await county.as('team_lead')('activities', 'certify', { activityId, entries: [{ signupId, minutes: 0 }] }))).toBe('CONFLICT');
    time.advanceHours(3);
    expect(data<any[]>(await county.as('team_lead')('activities', 'certify', { activityId, entries: [{ signupId, minutes: 120, reason: '现场签到系统故障，按实际补录' }] }))[0]).toMatchObject({ backfilled: true, points: 0 });
    expect(data<any>(await p.call('points', 'balance', {})).balance).toBe(0);
  });

  it('never shows a participant\'s real name or phone outside the organiser\'s roster', async () => {
    const { county, activityId, p } = await checkedOut(30);
    const profile = await t.db.selectFrom('volunteerProfiles').select(['realName', 'phone']).where('userId', '=', p.userId).executeTakeFirstOrThrow();
    const seen = JSON.stringify([
      await county.as('resident')('activities', 'detail', { activityId }),
      await county.as('resident')('activities', 'list', { filter: 'open' }),
      await p.call('activities', 'detail', { activityId }),
      await p.call('activities', 'list', { filter: 'mine' }),
    ]);
    expect(seen).not.toContain(profile.phone);
    expect(seen).not.toContain(profile.realName);
    const roster = JSON.stringify(await county.as('team_lead')('activities', 'roster', { activityId }));
    expect(roster).toContain(profile.phone);
  });
});
