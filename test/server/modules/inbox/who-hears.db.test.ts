import { data, seedCounty, TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import type { DemoKey } from '../../../../server/db/seed/demo-county';
import { approvedFamily } from '../families/family-fixtures';
import { nominated, STORY } from '../goodPeople/good-person-fixtures';
import { createActivity, NOW } from '../activities/activity-fixtures';
import { movableClock } from '../../../support/clock';
import { fileReport } from '../reports/report-fixtures';

/** Rows of docs/notifications.md: an event, and who hears about it in 消息. */
const t = useTestDatabase();

async function inbox(county: TestCounty, who: DemoKey | { openid: string }): Promise<{ title: string; body: string; link: string | null }[]> {
  return data<any[]>(await county.as(who)('inbox', 'list', {}));
}

describe('who hears about it', () => {
  it('a new 随手拍: the staff of the community where the problem is, with a link to the case; not the reporter, not other communities', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county, 'guardian');
    expect(await inbox(county, 'staff')).toEqual([expect.objectContaining({ title: '新的随手拍待受理', body: expect.stringContaining('幸福里社区1号楼东侧人行道'), link: expect.stringContaining(reportId) })]);
    expect((await inbox(county, 'guardian')).map((m) => m.title)).not.toContain('新的随手拍待受理');
    expect(await inbox(county, 'admin')).toEqual([]);
    expect(await inbox(county, 'handler')).toEqual([]);
  });

  it('a new 随手拍 where no community is near and the reporter has no home: the command centre', async () => {
    const county = await seedCounty(t.db);
    // Far from every community of the county (the nearest centre is further than 20 km), filed by someone with no home.
    const reportId = await fileReport(county, 'resident', '乱扔垃圾', { latitude: 30.5, longitude: 110.5, address: '县界外的山路边' });
    expect(await inbox(county, 'admin')).toEqual([expect.objectContaining({ title: '新的随手拍：没有社区认领', link: expect.stringContaining(reportId) })]);
    expect(await inbox(county, 'staff')).toEqual([]);
  });

  it("a binding request: the building's captain; the decision: the resident, with the reason when turned down", async () => {
    const county = await seedCounty(t.db);
    const request = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: county.households['幸福里社区/1号楼/1单元/501'], relation: 'tenant' }));
    expect(await inbox(county, 'captain')).toEqual([expect.objectContaining({ title: '新的住户绑定申请', body: '张秀兰申请绑定 幸福里社区 1号楼 1单元 501' })]);
    data(await county.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'reject', reason: '房号填错了，您家是502' }));
    expect(await inbox(county, 'resident')).toEqual([expect.objectContaining({ title: '住户绑定没有通过', body: expect.stringContaining('房号填错了，您家是502') })]);

    const again = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: county.households['幸福里社区/1号楼/1单元/502'], relation: 'tenant' }));
    data(await county.as('captain')('households', 'decide', { requestId: again.requestId, decision: 'approve' }));
    expect((await inbox(county, 'resident'))[0]).toMatchObject({ title: '住户绑定已通过', body: expect.stringContaining('幸福里社区 1号楼 1单元 502') });
  });

  it("a binding request in a building with no captain: the community's staff", async () => {
    const county = await seedCounty(t.db);
    data(await county.as('resident')('households', 'requestBinding', { householdId: county.households['幸福里社区/2号楼/1单元/501'], relation: 'owner' }));
    expect((await inbox(county, 'staff')).map((m) => m.title)).toEqual(['新的住户绑定申请']);
    expect(await inbox(county, 'captain')).toEqual([]);
  });

  it('a good-person nomination reviewed: the nominator, with the reason when changes are asked; a title awarded: the nominator', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId, nominee } = await nominated(county);
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId, decision: 'changes', reason: '请补充具体的时间和地点' }));
    expect((await inbox(county, 'guardian'))[0]).toMatchObject({ title: '请修改推荐的事迹', body: '原因：请补充具体的时间和地点' });
    const { consentCode } = data<any>(await county.as('guardian')('goodPeople', 'revise', { goodPersonId, story: `${STORY}（2025年起，幸福路12号巷）`, photos: [] }));
    // The revised story goes back to the nominee before review (goodPeople/in-app-consent.db.test.ts).
    data(await nominee.call('goodPeople', 'consentByCode', { code: consentCode, agree: true }));
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId, decision: 'approve' }));
    expect((await inbox(county, 'guardian'))[0].title).toBe('您推荐的好人已公开展示');
    data(await county.as('admin')('goodPeople', 'award', { goodPersonId, year: 2026, title: '2026年度青禾好人' }));
    expect((await inbox(county, 'guardian'))[0].title).toContain('获评“2026年度青禾好人”');
  });

  it('a family nomination reviewed: the nominating child and the consenting family', async () => {
    const county = await seedCounty(t.db);
    await approvedFamily(county);
    for (const who of ['minor', 'guardian'] as const) expect((await inbox(county, who)).map((m) => m.title)).toContain('推荐的家庭已入选投票名单');
  });

  it('an activity called off: everyone signed up, with the reason', async () => {
    const county = await seedCounty(t.db, { clock: movableClock(NOW).clock });
    const activityId = await createActivity(county);
    data(await county.as('volunteer')('activities', 'signUp', { activityId }));
    data(await county.as('team_lead')('activities', 'callOff', { activityId, reason: '明天暴雨，改期举行' }));
    expect((await inbox(county, 'volunteer'))[0]).toMatchObject({ title: '活动取消：幸福里环境清洁行动', body: expect.stringContaining('明天暴雨，改期举行') });
  });

  it('a post revoked: the person who held it, with the reason', async () => {
    const county = await seedCounty(t.db);
    const captain = data<any>(await county.as('admin')('appointments', 'holders', {})).holders.find((h: any) => h.role === 'captain');
    data(await county.as('admin')('appointments', 'revoke', { grantId: captain.grantId, reason: '已搬离本楼' }));
    expect((await inbox(county, 'captain'))[0]).toMatchObject({ title: '职务有变动', body: expect.stringContaining('已搬离本楼') });
  });
});
