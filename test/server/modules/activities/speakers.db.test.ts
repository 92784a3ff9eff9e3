import { randomUUID } from 'node:crypto';
import { addPerson, data, errorCode, seedCounty, TestCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { approvedGoodPerson, CONTACT, nominated, STORY } from '../goodPeople/good-person-fixtures';
import { createActivity, NOW } from './activity-fixtures';

const t = useTestDatabase();

const newCounty = () => seedCounty(t.db, { clock: movableClock(NOW).clock });

async function links(activityId: string) {
  return t.db.selectFrom('activitySpeakers').select(['goodPersonId', 'position']).where('activityId', '=', activityId).orderBy('position').execute();
}

const setSpeakers = (county: TestCounty, by: Parameters<TestCounty['as']>[0], activityId: string, goodPersonIds: string[]) =>
  county.as(by)('activities', 'setSpeakers', { activityId, goodPersonIds });

/** A 板凳讲堂 of 幸福里社区, run by its staff (孙丽). */
const benchLecture = (county: TestCounty) =>
  createActivity(county, { organiser: { kind: 'community', communityId: county.communities['幸福里社区'] }, title: '板凳讲堂：身边好人讲故事', audience: 'residents' }, 'staff');

describe('讲述人: the organiser links good people to an activity', () => {
  it('shows the linked good people on the activity as public cards, in the organiser’s order, and a new list replaces the old', async () => {
    const county = await newCounty();
    const activityId = await benchLecture(county);
    const zhao = await approvedGoodPerson(county, '赵德明', 'helping');
    const li = await approvedGoodPerson(county, '李春花', 'filial');
    data(await county.as('admin')('goodPeople', 'award', { goodPersonId: li.goodPersonId, year: 2026, title: '2026年度青禾好人' }));

    const saved = data<any>(await setSpeakers(county, 'staff', activityId, [li.goodPersonId, zhao.goodPersonId]));
    expect(saved.speakers.map((s: any) => s.name)).toEqual(['李春花', '赵德明']);

    const seen = data<any>(await county.as('resident')('activities', 'detail', { activityId }));
    expect(seen.speakers).toEqual([
      { goodPersonId: li.goodPersonId, name: '李春花', category: 'filial', categoryName: '孝老爱亲', titles: [{ year: 2026, title: '2026年度青禾好人' }] },
      { goodPersonId: zhao.goodPersonId, name: '赵德明', category: 'helping', categoryName: '助人为乐', titles: [] },
    ]);
    // The organiser's roster carries the same activity view.
    expect(data<any>(await county.as('staff')('activities', 'roster', { activityId })).activity.speakers).toHaveLength(2);

    data(await setSpeakers(county, 'staff', activityId, [zhao.goodPersonId]));
    expect(await links(activityId)).toEqual([{ goodPersonId: zhao.goodPersonId, position: 0 }]);
    expect(data<any>(await setSpeakers(county, 'staff', activityId, [])).speakers).toEqual([]);
    expect(await links(activityId)).toEqual([]);

    const audit = await t.db.selectFrom('auditEvents').select(['actorId', 'actorRole', 'data']).where('subjectId', '=', activityId).where('action', '=', 'activities.setSpeakers').execute();
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({ actorId: county.people.staff.userId, actorRole: 'staff' });
  });

  it('never puts a contact, the nominator or the review into an activity’s answer', async () => {
    const county = await newCounty();
    const activityId = await createActivity(county);
    const zhao = await approvedGoodPerson(county);
    data(await setSpeakers(county, 'team_lead', activityId, [zhao.goodPersonId]));
    const row = await t.db.selectFrom('goodPeople').selectAll().where('id', '=', zhao.goodPersonId).executeTakeFirstOrThrow();
    const secrets = [CONTACT, row.nominatedBy, row.consentCodeHash, zhao.nominee.userId, STORY.slice(0, 12), county.people.staff.userId];
    for (const who of ['resident', 'volunteer', 'team_lead', 'admin'] as const) {
      const answers = [
        await county.as(who)('activities', 'detail', { activityId }),
        await county.as(who)('activities', 'list', { filter: 'open' }),
      ];
      for (const answer of answers) {
        const text = JSON.stringify(data(answer));
        for (const secret of secrets) expect(text).not.toContain(secret);
      }
    }
  });

  it('lets only the organiser set them: a team activity’s leaders (and the command centre), a community event’s staff', async () => {
    const county = await newCounty();
    const teamActivity = await createActivity(county);
    const bench = await benchLecture(county);
    const zhao = await approvedGoodPerson(county);
    const ids = [zhao.goodPersonId];
    const otherTeam = await t.db.selectFrom('volunteerTeams').select('id').where('countyId', '=', county.countyId).where('id', '!=', county.teamId).executeTakeFirstOrThrow();
    const otherLead = await addPerson(county, '孙队长', 'team_lead', 'team', otherTeam.id);
    const otherStaff = await addPerson(county, '和平社区网格员', 'staff', 'community', county.communities['和平社区']);

    for (const who of ['resident', 'volunteer', 'captain', 'staff', 'handler', 'minor'] as const) {
      const answer = await setSpeakers(county, who, teamActivity, ids);
      expect([who, errorCode(answer)]).toEqual([who, 'FORBIDDEN']);
      if (!answer.ok) expect(answer.error.message).toBe('只有活动组织者可以设置讲述人');
    }
    expect(errorCode(await otherLead.call('activities', 'setSpeakers', { activityId: teamActivity, goodPersonIds: ids }))).toBe('FORBIDDEN');
    for (const who of ['team_lead', 'resident'] as const) expect(errorCode(await setSpeakers(county, who, bench, ids))).toBe('FORBIDDEN');
    expect(errorCode(await otherStaff.call('activities', 'setSpeakers', { activityId: bench, goodPersonIds: ids }))).toBe('FORBIDDEN');
    const elsewhere = await newCounty();
    expect(errorCode(await setSpeakers(elsewhere, 'admin', teamActivity, ids))).toBe('NOT_FOUND');
    expect(errorCode(await county.anonymous('activities', 'setSpeakers', { activityId: teamActivity, goodPersonIds: ids }))).toBe('UNAUTHENTICATED');
    expect(await links(teamActivity)).toEqual([]);
    expect(await links(bench)).toEqual([]);

    data(await setSpeakers(county, 'team_lead', teamActivity, ids));
    data(await setSpeakers(county, 'admin', teamActivity, ids));
    data(await setSpeakers(county, 'staff', bench, ids));
    data(await setSpeakers(county, 'admin', bench, ids));
    expect(await links(bench)).toHaveLength(1);
  });

  it('refuses anyone not shown in public now — under review, declined, withdrawn, another county’s — and writes nothing', async () => {
    const county = await newCounty();
    const activityId = await createActivity(county);
    const shown = await approvedGoodPerson(county, '赵德明');
    data(await setSpeakers(county, 'team_lead', activityId, [shown.goodPersonId]));

    const underReview = await nominated(county, '钱多多');
    const withdrawn = await approvedGoodPerson(county, '孙大伟');
    data(await withdrawn.nominee.call('goodPeople', 'withdraw', { goodPersonId: withdrawn.goodPersonId }));
    const { goodPersonId: awaiting } = data<any>(
      await county.as('guardian')('goodPeople', 'nominate', { idempotencyKey: randomUUID(), category: 'honesty', nomineeName: '周小红', nomineeContact: CONTACT, story: STORY }),
    );
    const elsewhere = await newCounty();
    const foreign = await approvedGoodPerson(elsewhere, '外县好人');

    const cases: [string, string][] = [
      [underReview.goodPersonId, '这位好人还没有通过审核公开展示，不能设为讲述人'],
      [awaiting, '这位好人还没有通过审核公开展示，不能设为讲述人'],
      [withdrawn.goodPersonId, '这位好人已撤下公开展示，不能设为讲述人'],
      [foreign.goodPersonId, '没有找到这位好人，请从“身边好人”里选择'],
      [randomUUID(), '没有找到这位好人，请从“身边好人”里选择'],
    ];
    for (const [id, message] of cases) {
      const answer = await setSpeakers(county, 'team_lead', activityId, [shown.goodPersonId, id]);
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error).toMatchObject({ code: 'VALIDATION', message, details: [{ field: 'goodPersonIds.1', message }] });
        // The refusal names nobody who is not public.
        expect(JSON.stringify(answer.error)).not.toMatch(/钱多多|周小红|孙大伟|外县好人/);
      }
    }
    // The list saved before is untouched.
    expect(await links(activityId)).toEqual([{ goodPersonId: shown.goodPersonId, position: 0 }]);
  });

  it('takes at most ten, each once, and none for an activity called off', async () => {
    const county = await newCounty();
    const activityId = await createActivity(county);
    const people = [];
    for (let i = 0; i < 11; i++) people.push(await approvedGoodPerson(county, `好人${i + 1}`));
    const ids = people.map((p) => p.goodPersonId);
    const tooMany = await setSpeakers(county, 'team_lead', activityId, ids);
    expect(errorCode(tooMany)).toBe('VALIDATION');
    if (!tooMany.ok) expect(tooMany.error.message).toContain('讲述人最多10位');
    expect(errorCode(await setSpeakers(county, 'team_lead', activityId, [ids[0], ids[0]]))).toBe('VALIDATION');
    expect(data<any>(await setSpeakers(county, 'team_lead', activityId, ids.slice(0, 10))).speakers).toHaveLength(10);
    // The database holds the limit too: an eleventh row has no position left.
    await expect(
      t.db.insertInto('activitySpeakers').values({ activityId, goodPersonId: ids[10], countyId: county.countyId, position: 10, addedBy: county.people.team_lead.userId, addedAt: new Date() }).execute(),
    ).rejects.toThrow();

    data(await county.as('team_lead')('activities', 'callOff', { activityId, reason: '天气原因，改期再通知' }));
    const answer = await setSpeakers(county, 'team_lead', activityId, ids.slice(0, 1));
    expect(errorCode(answer)).toBe('CONFLICT');
    expect(await links(activityId)).toHaveLength(10);
  });

  it('leaves one whole list when two organisers save at once', async () => {
    const county = await newCounty();
    const activityId = await createActivity(county);
    const a = await approvedGoodPerson(county, '赵德明');
    const b = await approvedGoodPerson(county, '李春花');
    const c = await approvedGoodPerson(county, '孙大伟');
    const lists = [[a.goodPersonId, b.goodPersonId], [c.goodPersonId]];
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => setSpeakers(county, i % 2 ? 'admin' : 'team_lead', activityId, lists[i % 2])));
    expect(answers.filter((x) => !x.ok)).toEqual([]);
    const final = (await links(activityId)).map((l) => l.goodPersonId);
    expect(lists).toContainEqual(final);
  });
});

describe('a speaker who stops being public', () => {
  it('drops out of every activity at once when the nominee withdraws, or staff withdraw on their behalf', async () => {
    const county = await newCounty();
    const first = await createActivity(county);
    const second = await benchLecture(county);
    const zhao = await approvedGoodPerson(county, '赵德明');
    const li = await approvedGoodPerson(county, '李春花');
    data(await setSpeakers(county, 'team_lead', first, [zhao.goodPersonId, li.goodPersonId]));
    data(await setSpeakers(county, 'staff', second, [zhao.goodPersonId]));

    data(await zhao.nominee.call('goodPeople', 'withdraw', { goodPersonId: zhao.goodPersonId }));
    expect(data<any>(await county.as('resident')('activities', 'detail', { activityId: first })).speakers.map((s: any) => s.name)).toEqual(['李春花']);
    expect(data<any>(await county.as('resident')('activities', 'detail', { activityId: second })).speakers).toEqual([]);
    expect(data<any>(await county.as('team_lead')('activities', 'roster', { activityId: first })).activity.speakers.map((s: any) => s.name)).toEqual(['李春花']);

    expect(errorCode(await county.as('staff')('goodPeople', 'withdraw', { goodPersonId: li.goodPersonId }))).toBe('VALIDATION');
    data(await county.as('staff')('goodPeople', 'withdraw', { goodPersonId: li.goodPersonId, reason: '本人电话说明，不愿再公开' }));
    expect(data<any>(await county.as('resident')('activities', 'detail', { activityId: first })).speakers).toEqual([]);
    // Saving the list again cannot bring a withdrawn person back.
    expect(errorCode(await setSpeakers(county, 'team_lead', first, [li.goodPersonId]))).toBe('VALIDATION');
  });
});
