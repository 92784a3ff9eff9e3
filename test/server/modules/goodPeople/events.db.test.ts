import { data, errorCode, seedCounty, TestCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { createActivity, NOW } from '../activities/activity-fixtures';
import { approvedGoodPerson, CONTACT, nominated } from './good-person-fixtures';

const t = useTestDatabase();

const at = (hoursFromNow: number) => new Date(new Date(NOW).getTime() + hoursFromNow * 3_600_000).toISOString();

/** An activity of the demo team starting `hours` from NOW, two hours long. */
const activityIn = (county: TestCounty, hours: number, title: string) =>
  createActivity(county, { title, startsAt: at(hours), endsAt: at(hours + 2), signupDeadline: at(hours - 1) });

const events = (county: TestCounty, goodPersonId: string, who: Parameters<TestCounty['as']>[0] = 'resident') => county.as(who)('goodPeople', 'events', { goodPersonId });
const titles = (list: { title: string }[]) => list.map((e) => e.title);

describe('参加的活动: where a good person tells their story', () => {
  it('lists upcoming activities soonest first, then past ones latest first, without those called off or not theirs', async () => {
    const time = movableClock(NOW);
    const county = await seedCounty(t.db, { clock: time.clock });
    const zhao = await approvedGoodPerson(county, '赵德明');
    const other = await approvedGoodPerson(county, '李春花');
    const a = await activityIn(county, 24, '第一讲：扫街十年');
    const b = await activityIn(county, 48, '第二讲：邻里之间');
    const c = await activityIn(county, 72, '第三讲：雪天铲雪');
    const d = await activityIn(county, 96, '第四讲：改期的一讲');
    const e = await activityIn(county, 30, '别人的一讲');
    for (const id of [c, a, b, d]) data(await county.as('team_lead')('activities', 'setSpeakers', { activityId: id, goodPersonIds: [zhao.goodPersonId] }));
    data(await county.as('team_lead')('activities', 'setSpeakers', { activityId: e, goodPersonIds: [other.goodPersonId] }));
    data(await county.as('team_lead')('activities', 'callOff', { activityId: d, reason: '场地临时不能用' }));

    const before = data<any>(await events(county, zhao.goodPersonId));
    expect(titles(before.upcoming)).toEqual(['第一讲：扫街十年', '第二讲：邻里之间', '第三讲：雪天铲雪']);
    expect(before.past).toEqual([]);
    expect(before.upcoming[0]).toEqual({ activityId: a, title: '第一讲：扫街十年', organiser: '环境卫士志愿服务队', placeName: '幸福里社区广场', startsAt: at(24), endsAt: at(26) });

    // 51 hours on: the first two are over (an activity counts as upcoming until it ends).
    time.advanceHours(51);
    const later = data<any>(await events(county, zhao.goodPersonId));
    expect(titles(later.upcoming)).toEqual(['第三讲：雪天铲雪']);
    expect(titles(later.past)).toEqual(['第二讲：邻里之间', '第一讲：扫街十年']);
    expect(titles(data<any>(await events(county, other.goodPersonId)).past)).toEqual(['别人的一讲']);
    expect([...later.upcoming, ...later.past].map((x: any) => x.activityId)).not.toContain(e);
  });

  it('shows nothing private, and nothing at all for someone not public', async () => {
    const county = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    const zhao = await approvedGoodPerson(county);
    const activityId = await activityIn(county, 24, '板凳讲堂');
    data(await county.as('team_lead')('activities', 'setSpeakers', { activityId, goodPersonIds: [zhao.goodPersonId] }));
    const text = JSON.stringify(data(await events(county, zhao.goodPersonId, 'volunteer')));
    for (const secret of [CONTACT, zhao.nominee.userId, county.people.guardian.userId, county.people.team_lead.userId]) expect(text).not.toContain(secret);

    const pending = await nominated(county, '钱多多');
    expect(errorCode(await events(county, pending.goodPersonId))).toBe('NOT_FOUND');
    // The nominator may look: there is nothing to show before approval.
    expect(data<any>(await events(county, pending.goodPersonId, 'guardian'))).toEqual({ upcoming: [], past: [] });
    const elsewhere = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    expect(errorCode(await events(elsewhere, zhao.goodPersonId))).toBe('NOT_FOUND');
  });
});

describe('撤下展示: taking the agreement back', () => {
  it('lets the nominee who agreed withdraw: gone from the gallery, the honour roll, the page and the events; the nominator is told', async () => {
    const county = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    const zhao = await approvedGoodPerson(county, '赵德明');
    const goodPersonId = zhao.goodPersonId;
    data(await county.as('admin')('goodPeople', 'award', { goodPersonId, year: 2026, title: '2026年度青禾好人' }));
    const activityId = await activityIn(county, 24, '板凳讲堂');
    data(await county.as('team_lead')('activities', 'setSpeakers', { activityId, goodPersonIds: [goodPersonId] }));

    expect(data<any>(await zhao.nominee.call('goodPeople', 'detail', { goodPersonId })).actions).toContain('withdraw');
    expect(data<any>(await county.as('staff')('goodPeople', 'detail', { goodPersonId })).actions).toContain('withdraw');
    for (const who of ['resident', 'guardian', 'team_lead'] as const) {
      expect(data<any>(await county.as(who)('goodPeople', 'detail', { goodPersonId })).actions).not.toContain('withdraw');
      // The nominator told the story but did not agree to be shown: it is not theirs to take down.
      expect([who, errorCode(await county.as(who)('goodPeople', 'withdraw', { goodPersonId, reason: '不想公开了' }))]).toEqual([who, 'FORBIDDEN']);
    }

    const view = data<any>(await zhao.nominee.call('goodPeople', 'withdraw', { goodPersonId }));
    expect(view).toMatchObject({ status: 'withdrawn', statusLabel: '已撤下展示' });
    expect(errorCode(await zhao.nominee.call('goodPeople', 'withdraw', { goodPersonId }))).toBe('CONFLICT');

    expect(data<any[]>(await county.as('resident')('goodPeople', 'gallery', {}))).toEqual([]);
    expect(data<any[]>(await county.as('resident')('goodPeople', 'honourRoll', {}))).toEqual([]);
    expect(errorCode(await county.as('resident')('goodPeople', 'detail', { goodPersonId }))).toBe('NOT_FOUND');
    expect(errorCode(await events(county, goodPersonId))).toBe('NOT_FOUND');
    expect(errorCode(await county.as('resident')('goodPeople', 'support', { goodPersonId }))).toBe('NOT_FOUND');
    expect(data<any>(await county.as('guardian')('goodPeople', 'detail', { goodPersonId }))).toMatchObject({ status: 'withdrawn', actions: [] });
    expect(data<any[]>(await county.as('guardian')('inbox', 'list', {})).map((m) => m.title)).toContain('赵德明的事迹已撤下展示');
    const audit = await t.db.selectFrom('auditEvents').select(['actorId', 'actorRole']).where('subjectId', '=', goodPersonId).where('action', '=', 'good_person.withdraw').execute();
    expect(audit).toEqual([{ actorId: zhao.nominee.userId, actorRole: 'resident' }]);
  });

  it('lets staff withdraw for the nominee with a reason, also while the nomination is still under review', async () => {
    const county = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    const pending = await nominated(county, '钱多多');
    expect(errorCode(await county.as('staff')('goodPeople', 'withdraw', { goodPersonId: pending.goodPersonId }))).toBe('VALIDATION');
    data(await county.as('staff')('goodPeople', 'withdraw', { goodPersonId: pending.goodPersonId, reason: '本人来电，不愿公开' }));
    expect(errorCode(await county.as('staff')('goodPeople', 'review', { goodPersonId: pending.goodPersonId, decision: 'approve' }))).toBe('CONFLICT');
    const elsewhere = await seedCounty(t.db);
    const zhao = await approvedGoodPerson(county);
    expect(errorCode(await elsewhere.as('staff')('goodPeople', 'withdraw', { goodPersonId: zhao.goodPersonId, reason: '本人来电' }))).toBe('NOT_FOUND');
  });
});
