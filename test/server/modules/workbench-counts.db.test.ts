/**
 * The counts a 工作台 (issue 14) shows beside each queue: for every count,
 * the same person's queue action lists exactly that many, and another
 * community's, department's or team's scope counts nothing.
 */
import { randomUUID } from 'node:crypto';
import { hoursToCertifyCount } from '../../../server/modules/activities/facade';
import { nominationsToReviewCount, openFlagCount } from '../../../server/modules/families/facade';
import { goodPeopleToReviewCount } from '../../../server/modules/goodPeople/facade';
import { openMatterCount } from '../../../server/modules/matters/facade';
import { commandCaseCounts, handlerCaseCounts, staffCaseCounts } from '../../../server/modules/reports/facade';
import { pendingApplicationCount } from '../../../server/modules/volunteers/facade';
import { addPeople, addPerson, Caller, data, seedCounty } from '../../support/app';
import { movableClock } from '../../support/clock';
import { useTestDatabase } from '../../support/db';
import { addVolunteers, createActivity, NOW } from './activities/activity-fixtures';
import { approvedOwnFamily, childNominates, setPhase, setRules, STORY as FAMILY_STORY } from './families/family-fixtures';
import { nominated, STORY as GOOD_PERSON_STORY } from './goodPeople/good-person-fixtures';
import { raised } from './matters/matter-fixtures';
import { fileReport } from './reports/report-fixtures';
import { registeredVolunteers } from './volunteers/volunteer-fixtures';

const t = useTestDatabase();

describe('随手拍 counts', () => {
  /**
   * 幸福里社区 (the guardian's home): one new, one accepted, one assigned
   * (then overdue) and one in progress; 和平社区 (the volunteer's): one new;
   * no community (the resident has no home and the county no boundaries): one new.
   */
  async function cases() {
    const time = movableClock(NOW);
    const county = await seedCounty(t.db, { clock: time.clock });
    const xingfu = county.communities['幸福里社区'];
    const heping = county.communities['和平社区'];
    const newCase = await fileReport(county, 'guardian');
    const accepted = await fileReport(county, 'guardian');
    data(await county.as('staff')('reports', 'accept', { reportId: accepted }));
    const late = await fileReport(county, 'guardian');
    data(await county.as('staff')('reports', 'assign', { reportId: late }));
    // 乱扔垃圾 is 县城市管理局's within 24 hours.
    time.advanceHours(25);
    const working = await fileReport(county, 'guardian');
    data(await county.as('staff')('reports', 'assign', { reportId: working }));
    data(await county.as('handler')('reports', 'start', { reportId: working }));
    const elsewhere = await fileReport(county, 'volunteer');
    const unclaimed = await fileReport(county, 'resident');
    const hepingStaff = await addPerson(county, '和平社区网格员', 'staff', 'community', heping);
    return { time, county, xingfu, heping, hepingStaff, ids: { newCase, accepted, late, working, elsewhere, unclaimed } };
  }

  const list = async (call: Caller, action: string, input: Record<string, unknown> = {}) => data<any[]>(await call('reports', action, input));

  it('staff: 待受理 is what their queue lists by default, 超期 their communities\' working cases past the deadline', async () => {
    const { time, county, xingfu, heping, hepingStaff, ids } = await cases();
    const now = time.clock.now();
    const waiting = await list(county.as('staff'), 'staffQueue');
    expect(waiting.map((c) => c.id).sort()).toEqual([ids.newCase, ids.accepted].sort());
    const assigned = await list(county.as('staff'), 'staffQueue', { filter: 'assigned' });
    const overdueHere = (await list(county.as('admin'), 'overdue')).filter((c) => c.community === '幸福里社区');
    expect(assigned.filter((c) => c.overdue).map((c) => c.id)).toEqual([ids.late]);

    expect(await staffCaseCounts(t.db, county.countyId, [xingfu], now)).toEqual({ toAccept: waiting.length, overdue: overdueHere.length });
    expect(await staffCaseCounts(t.db, county.countyId, [xingfu], now)).toEqual({ toAccept: 2, overdue: 1 });
    // Another community's staff: their own queue, not 幸福里's.
    expect(await staffCaseCounts(t.db, county.countyId, [heping], now)).toEqual({ toAccept: (await list(hepingStaff.call, 'staffQueue')).length, overdue: 0 });
    expect(await staffCaseCounts(t.db, county.countyId, [heping], now)).toEqual({ toAccept: 1, overdue: 0 });
    expect(await staffCaseCounts(t.db, county.countyId, [county.communities['新华社区']], now)).toEqual({ toAccept: 0, overdue: 0 });
    expect(await staffCaseCounts(t.db, county.countyId, [], now)).toEqual({ toAccept: 0, overdue: 0 });
    // Another county's cases never count.
    const other = await seedCounty(t.db, { clock: time.clock });
    expect(await staffCaseCounts(t.db, other.countyId, [xingfu], now)).toEqual({ toAccept: 0, overdue: 0 });
  });

  it('handlers: 新工单, 处理中 and 已超期 are what 我的工单 lists for their department', async () => {
    const { time, county, ids } = await cases();
    const now = time.clock.now();
    const open = await list(county.as('handler'), 'handlerQueue');
    expect(open.map((c) => c.id).sort()).toEqual([ids.late, ids.working].sort());
    const counts = await handlerCaseCounts(t.db, county.countyId, [county.departments['县城市管理局']], now);
    expect(counts).toEqual({
      toStart: open.filter((c) => c.status === 'assigned').length,
      inProgress: open.filter((c) => c.status === 'in_progress').length,
      overdue: open.filter((c) => c.overdue).length,
    });
    expect(counts).toEqual({ toStart: 1, inProgress: 1, overdue: 1 });
    expect(await handlerCaseCounts(t.db, county.countyId, [county.departments['县住房和城乡建设局']], now)).toEqual({ toStart: 0, inProgress: 0, overdue: 0 });
    expect(await handlerCaseCounts(t.db, county.countyId, [], now)).toEqual({ toStart: 0, inProgress: 0, overdue: 0 });
  });

  it('the command centre: 没有社区认领 is its waiting queue\'s cases with no community, 超期 what its overdue list shows', async () => {
    const { time, county, ids } = await cases();
    const waiting = await list(county.as('admin'), 'staffQueue');
    const noCommunity = waiting.filter((c) => c.community === null);
    expect(noCommunity.map((c) => c.id)).toEqual([ids.unclaimed]);
    const overdue = await list(county.as('admin'), 'overdue');
    expect(await commandCaseCounts(t.db, county.countyId, time.clock.now())).toEqual({ unclaimed: noCommunity.length, overdue: overdue.length });
    expect(overdue.map((c) => c.id)).toEqual([ids.late]);
    // Once the community-less case is accepted it no longer waits… until a day after, when its deadline passes too.
    data(await county.as('admin')('reports', 'assign', { reportId: ids.unclaimed }));
    time.advanceHours(25);
    const later = time.clock.now();
    expect(await commandCaseCounts(t.db, county.countyId, later)).toEqual({ unclaimed: 0, overdue: (await list(county.as('admin'), 'overdue')).length });
    expect((await commandCaseCounts(t.db, county.countyId, later)).overdue).toBe(3);
  });
});

describe('楼栋事务 counts', () => {
  it('counts the matters the queue lists as still open or answered, for the captain\'s building and the staff\'s community', async () => {
    const county = await seedCounty(t.db);
    const xingfu = county.communities['幸福里社区'];
    const building = county.buildings['幸福里社区/1号楼'];
    await raised(county, 'guardian');
    const answered = await raised(county, 'guardian');
    data(await county.as('captain')('matters', 'answer', { matterId: answered, text: '我今晚去楼上说一下' }));
    const resolved = await raised(county, 'guardian');
    data(await county.as('captain')('matters', 'resolve', { matterId: resolved, resolution: '已经和楼上谈好了' }));
    // 和平社区/2号楼: someone else's building.
    await raised(county, 'volunteer');

    const unsettled = (matters: any[]) => matters.filter((m) => m.status === 'open' || m.status === 'answered').length;
    const captainQueue = data<any[]>(await county.as('captain')('matters', 'queue'));
    expect(captainQueue).toHaveLength(3);
    expect(await openMatterCount(t.db, county.countyId, { buildingIds: [building], communityIds: [] })).toBe(unsettled(captainQueue));
    const staffQueue = data<any[]>(await county.as('staff')('matters', 'queue'));
    expect(await openMatterCount(t.db, county.countyId, { buildingIds: [], communityIds: [xingfu] })).toBe(unsettled(staffQueue));
    expect(unsettled(staffQueue)).toBe(2);

    expect(await openMatterCount(t.db, county.countyId, { buildingIds: [county.buildings['幸福里社区/2号楼']], communityIds: [] })).toBe(0);
    expect(await openMatterCount(t.db, county.countyId, { buildingIds: [], communityIds: [county.communities['新华社区']] })).toBe(0);
    expect(await openMatterCount(t.db, county.countyId, { buildingIds: [], communityIds: [] })).toBe(0);
    const other = await seedCounty(t.db);
    expect(await openMatterCount(t.db, other.countyId, { buildingIds: [building], communityIds: [xingfu] })).toBe(0);
  });
});

describe('文明家庭 counts', () => {
  it('counts the nominations the review queue lists as waiting for a decision, in the staff\'s communities or the whole county', async () => {
    const county = await seedCounty(t.db);
    const xingfu = county.communities['幸福里社区'];
    const campaignId = county.familyCampaignId;
    const nominate = async (person: 'captain' | 'shopkeeper' | 'volunteer' | 'staff', displayName: string) =>
      data<any>(await county.as(person)('families', 'nominate', { campaignId, displayName, story: FAMILY_STORY, photos: [] })).nominationId as string;
    await nominate('captain', '李家');
    const revise = await nominate('shopkeeper', '陈家');
    data(await county.as('staff')('families', 'review', { nominationId: revise, decision: 'changes', reason: '请补充一两件具体的事' }));
    await approvedOwnFamily(county, 'staff', '孙家');
    // A child's nomination waits for the guardian's consent: not the staff's yet.
    await childNominates(county);
    await nominate('volunteer', '赵家');

    const waiting = (queue: any[]) => queue.filter((n) => n.status === 'submitted').length;
    const staffQueue = data<any[]>(await county.as('staff')('families', 'reviewQueue', { campaignId }));
    expect(staffQueue).toHaveLength(3);
    expect(await nominationsToReviewCount(t.db, county.countyId, { communityIds: [xingfu], wholeCounty: false })).toBe(waiting(staffQueue));
    expect(waiting(staffQueue)).toBe(1);
    const adminQueue = data<any[]>(await county.as('admin')('families', 'reviewQueue', { campaignId }));
    expect(await nominationsToReviewCount(t.db, county.countyId, { communityIds: [], wholeCounty: true })).toBe(waiting(adminQueue));
    expect(waiting(adminQueue)).toBe(2);

    expect(await nominationsToReviewCount(t.db, county.countyId, { communityIds: [county.communities['新华社区']], wholeCounty: false })).toBe(0);
    expect(await nominationsToReviewCount(t.db, county.countyId, { communityIds: [], wholeCounty: false })).toBe(0);
    // Once the results are out nothing can be reviewed any more: the leftovers stop counting.
    await t.db.updateTable('familyCampaigns').set({ resultsFrozenAt: new Date() }).where('id', '=', campaignId).execute();
    expect(await nominationsToReviewCount(t.db, county.countyId, { communityIds: [], wholeCounty: true })).toBe(0);
  });

  it('counts the 刷票 flags that still have votes to void, until the admin voids them', async () => {
    const county = await seedCounty(t.db);
    const campaignId = county.familyCampaignId;
    const id = await approvedOwnFamily(county, 'captain', '李家');
    await setPhase(t.db, campaignId, 'voting');
    await setRules(t.db, campaignId, { requireHousehold: false });
    const fresh = await addPeople(county, 6, { createdAt: new Date(Date.now() - 30 * 60_000) });
    for (const v of fresh) data(await v.call('families', 'vote', { nominationId: id }));

    const stillOpen = (flags: any[]) => flags.filter((f) => f.votes.some((v: any) => !v.voided)).length;
    const flags = data<any[]>(await county.as('admin')('families', 'flags', { campaignId }));
    expect(flags).toHaveLength(1);
    expect(await openFlagCount(t.db, county.countyId)).toBe(stillOpen(flags));
    expect(stillOpen(flags)).toBe(1);

    const voteIds = flags[0].votes.map((v: any) => v.voteId);
    data(await county.as('admin')('families', 'voidVotes', { voteIds: voteIds.slice(0, 3), reason: '同一时段新注册账号集中投票' }));
    expect(await openFlagCount(t.db, county.countyId)).toBe(1);
    data(await county.as('admin')('families', 'voidVotes', { voteIds: voteIds.slice(3), reason: '同一时段新注册账号集中投票' }));
    const after = data<any[]>(await county.as('admin')('families', 'flags', { campaignId }));
    expect(await openFlagCount(t.db, county.countyId)).toBe(stillOpen(after));
    expect(stillOpen(after)).toBe(0);

    expect(await openFlagCount(t.db, (await seedCounty(t.db)).countyId)).toBe(0);
  });
});

describe('身边好人 counts', () => {
  it('counts what the review queue lists: waiting for the nominee\'s consent or for review', async () => {
    const county = await seedCounty(t.db);
    const xingfu = county.communities['幸福里社区'];
    const nominate = async (person: 'guardian' | 'volunteer', nomineeName: string) =>
      data(await county.as(person)('goodPeople', 'nominate', { idempotencyKey: randomUUID(), category: 'helping', nomineeName, nomineeContact: '13800001111', story: GOOD_PERSON_STORY }));
    await nominated(county, '赵德明');
    const approved = await nominated(county, '钱淑芬');
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId: approved.goodPersonId, decision: 'approve' }));
    await nominate('guardian', '孙大伟');
    // 和平社区's.
    await nominate('volunteer', '周小红');

    const staffQueue = data<any[]>(await county.as('staff')('goodPeople', 'reviewQueue'));
    expect(staffQueue.map((g) => g.status).sort()).toEqual(['awaiting_consent', 'submitted']);
    expect(await goodPeopleToReviewCount(t.db, county.countyId, { communityIds: [xingfu], wholeCounty: false })).toBe(staffQueue.length);
    const adminQueue = data<any[]>(await county.as('admin')('goodPeople', 'reviewQueue'));
    expect(adminQueue).toHaveLength(3);
    expect(await goodPeopleToReviewCount(t.db, county.countyId, { communityIds: [], wholeCounty: true })).toBe(adminQueue.length);

    expect(await goodPeopleToReviewCount(t.db, county.countyId, { communityIds: [county.communities['新华社区']], wholeCounty: false })).toBe(0);
    expect(await goodPeopleToReviewCount(t.db, county.countyId, { communityIds: [], wholeCounty: false })).toBe(0);
  });
});

describe('志愿服务 counts', () => {
  it('counts the applications waiting in a team\'s 队员管理', async () => {
    const county = await seedCounty(t.db);
    const [a, b, c] = await registeredVolunteers(county, 3);
    for (const p of [a, b, c]) data(await p.call('volunteers', 'apply', { teamId: county.teamId }));
    data(await county.as('team_lead')('volunteers', 'decide', { teamId: county.teamId, userId: a.userId, approve: true }));

    const members = data<any[]>(await county.as('team_lead')('volunteers', 'members', { teamId: county.teamId }));
    expect(await pendingApplicationCount(t.db, county.countyId, [county.teamId])).toBe(members.filter((m) => m.status === 'pending').length);
    expect(await pendingApplicationCount(t.db, county.countyId, [county.teamId])).toBe(2);

    const teams = data<any[]>(await county.as('resident')('volunteers', 'teams', {}));
    const otherTeam = teams.find((team) => team.id !== county.teamId).id as string;
    expect(await pendingApplicationCount(t.db, county.countyId, [otherTeam])).toBe(0);
    expect(await pendingApplicationCount(t.db, county.countyId, [])).toBe(0);
  });

  /** The manage page's 待确认 (src/features/activities/hooks/useManage.ts `certifiable`): signed up, not certified, checked out or the activity over. */
  function certifiable(roster: any, now: Date): number {
    const over = now.getTime() >= Date.parse(roster.activity.endsAt);
    return roster.confirmed.filter((r: any) => r.status === 'confirmed' && !r.certified && (r.checkedOutAt !== null || over)).length;
  }

  /** What the organiser's manage list and each activity's roster say is waiting for 确认时长. */
  async function waitingOnManagePage(call: Caller, now: Date): Promise<number> {
    const managed = data<any[]>(await call('activities', 'list', { filter: 'manage' }));
    let total = 0;
    for (const a of managed) total += certifiable(data<any>(await call('activities', 'roster', { activityId: a.id })), now);
    return total;
  }

  it('counts the people whose hours wait for 确认时长 on the activities the organiser manages, as the manage page lists them', async () => {
    const time = movableClock(NOW);
    const county = await seedCounty(t.db, { clock: time.clock });
    const xingfu = county.communities['幸福里社区'];
    type Scope = { teamIds: string[]; communityIds: string[]; wholeCounty: boolean };
    const team: Scope = { teamIds: [county.teamId], communityIds: [], wholeCounty: false };
    const staff: Scope = { teamIds: [], communityIds: [xingfu], wholeCounty: false };
    const whole: Scope = { teamIds: [], communityIds: [], wholeCounty: true };
    const count = (scope: Scope) => hoursToCertifyCount(t.db, county.countyId, scope, time.clock.now());

    // The team's activity (tomorrow 09:00–11:00) with three people, and a 幸福里社区 activity the same morning with one.
    const teamActivity = await createActivity(county);
    const communityActivity = await createActivity(county, { organiser: { kind: 'community', communityId: xingfu }, title: '幸福里板凳讲堂' }, 'staff');
    const people = await addVolunteers(county, 4);
    for (const p of people.slice(0, 3)) data(await p.call('activities', 'signUp', { activityId: teamActivity }));
    data(await people[3].call('activities', 'signUp', { activityId: communityActivity }));
    expect(await count(team)).toBe(0);

    // At the activity: two check in, one of them checks out early.
    time.advanceHours(24);
    const digits = async () => data<any>(await county.as('team_lead')('activities', 'code', { activityId: teamActivity })).digits as string;
    for (const p of people.slice(0, 2)) data(await p.call('activities', 'check', { activityId: teamActivity, direction: 'in', code: await digits() }));
    time.advanceHours(1);
    data(await people[0].call('activities', 'check', { activityId: teamActivity, direction: 'out', code: await digits() }));
    expect(await count(team)).toBe(await waitingOnManagePage(county.as('team_lead'), time.clock.now()));
    expect(await count(team)).toBe(1);

    // Over: everyone signed up waits for the organiser, checked out or not.
    time.advanceHours(2);
    expect(await count(team)).toBe(await waitingOnManagePage(county.as('team_lead'), time.clock.now()));
    expect(await count(team)).toBe(3);
    const [first] = data<any>(await county.as('team_lead')('activities', 'roster', { activityId: teamActivity })).confirmed;
    data(await county.as('team_lead')('activities', 'certify', { activityId: teamActivity, entries: [{ signupId: first.signupId, minutes: first.scannedMinutes ?? 0 }] }));
    expect(await count(team)).toBe(await waitingOnManagePage(county.as('team_lead'), time.clock.now()));
    expect(await count(team)).toBe(2);

    expect(await count(staff)).toBe(await waitingOnManagePage(county.as('staff'), time.clock.now()));
    expect(await count(staff)).toBe(1);
    expect(await count(whole)).toBe(await waitingOnManagePage(county.as('admin'), time.clock.now()));
    expect(await count(whole)).toBe(3);

    const teams = data<any[]>(await county.as('resident')('volunteers', 'teams', {}));
    const otherTeam = teams.find((x) => x.id !== county.teamId).id as string;
    expect(await count({ teamIds: [otherTeam], communityIds: [], wholeCounty: false })).toBe(0);
    expect(await count({ teamIds: [], communityIds: [county.communities['和平社区']], wholeCounty: false })).toBe(0);
    expect(await count({ teamIds: [], communityIds: [], wholeCounty: false })).toBe(0);
    expect(await hoursToCertifyCount(t.db, (await seedCounty(t.db)).countyId, whole, time.clock.now())).toBe(0);
  });
});
