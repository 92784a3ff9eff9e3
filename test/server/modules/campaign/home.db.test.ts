import { data, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import * as noticesFacade from '../../../../server/modules/notices/facade';
import * as questionnairesFacade from '../../../../server/modules/questionnaires/facade';

const t = useTestDatabase();
const STORY = '我们家每个周末都去社区做志愿服务，帮邻居收快递、打扫楼道。爸爸教小区的老人用智能手机，妈妈给楼里的孩子讲故事，我负责提醒大家垃圾分类。'
const IN_A_WEEK = () => new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();

describe('首页 in one answer (campaign.home)', () => {
  it('gives a resident the campaign, their to-do, no desk, and their building\'s notices card, each as its own call would', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('captain')('notices', 'post', { buildingId: county.buildings['幸福里社区/1号楼'], title: '周六停水通知', body: '因管道检修，本周六8:00-12:00停水，请提前储水。', endsAt: IN_A_WEEK() }));
    const home = data<any>(await county.as('guardian')('campaign', 'home', {}));
    expect(home.summary).toEqual(data<any>(await county.as('guardian')('campaign', 'summary', {})));
    expect(home.todo).toEqual(data<any>(await county.as('guardian')('campaign', 'todo', {})));
    expect(home.desks).toEqual([]);
    expect(home.notices).toEqual({ unread: 1, firstTitle: '周六停水通知' });

    data(await county.as('guardian')('notices', 'read', { noticeId: data<any[]>(await county.as('guardian')('notices', 'forMe', {}))[0].id }));
    expect(data<any>(await county.as('guardian')('campaign', 'home', {})).notices).toEqual({ unread: 0, firstTitle: '' });
  });

  it('has no notices card for someone with no home yet, whose to-do asks them to bind', async () => {
    const county = await seedCounty(t.db);
    const home = data<any>(await county.as('resident')('campaign', 'home', {}));
    expect(home.notices).toBeNull();
    expect(home.todo.map((i: any) => i.kind)).toContain('bind');
  });

  it("gives a captain their desk, as campaign.workbench counts it", async () => {
    const county = await seedCounty(t.db);
    data(await county.as('resident')('households', 'requestBinding', { householdId: county.households['幸福里社区/1号楼/1单元/501'], relation: 'tenant' }));
    const home = data<any>(await county.as('captain')('campaign', 'home', {}));
    expect(home.desks).toEqual(data<any>(await county.as('captain')('campaign', 'workbench', {})).desks);
    expect(home.desks[0].tiles.find((x: any) => x.key === 'bindings').count).toBe(1);
    expect(home.todo[0]).toMatchObject({ kind: 'review_bindings' });
  });

  it('gives a child in child mode the campaign and their questionnaire, and no desk or notices', async () => {
    const county = await seedCounty(t.db);
    const home = data<any>(await county.asChild('guardian', county.people.minor.userId)('campaign', 'home', {}));
    expect(home.summary.campaignName).toBe('青禾县创建全国文明城市');
    expect(home.desks).toEqual([]);
    expect(home.notices).toBeNull();
    expect(home.todo).toContainEqual({ kind: 'questionnaire', title: expect.stringContaining('请填写问卷'), path: `/features/questionnaires/pages/answer/index?id=${county.childrenQuestionnaireId}` });
  });
});

describe('the to-do (campaign.todo)', () => {
  it('puts a 文明家庭 consent first and the open questionnaires last', async () => {
    const county = await seedCounty(t.db);
    const child = county.asChild('guardian', county.people.minor.userId);
    data(await child('families', 'nominate', { campaignId: county.familyCampaignId, displayName: '王家', story: STORY, photos: [] }));
    const todo = data<any[]>(await county.as('guardian')('campaign', 'todo', {}));
    expect(todo[0]).toEqual({ kind: 'family_consent', title: expect.stringMatching(/推荐了你们家参加文明家庭评选，等您同意$/), path: '/features/families/pages/consents/index' });
    expect(todo[todo.length - 1]).toEqual({ kind: 'questionnaire', title: expect.stringContaining('请填写问卷：'), path: `/features/questionnaires/pages/answer/index?id=${county.questionnaireId}` });
  });
});

describe('首页 when a part from another module fails', () => {
  afterEach(() => jest.restoreAllMocks());

  it('still opens, without that part: the campaign, the figures and the rest of the to-do are there', async () => {
    const county = await seedCounty(t.db);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    jest.spyOn(noticesFacade, 'unreadNoticesSummary').mockRejectedValue(new Error('notices are down'));
    jest.spyOn(questionnairesFacade, 'pendingQuestionnaires').mockRejectedValue(new Error('questionnaires are down'));
    const home = data<any>(await county.as('guardian')('campaign', 'home', {}));
    expect(home.summary.campaignName).toBe('青禾县创建全国文明城市');
    expect(home.notices).toBeNull();
    expect(home.todo.map((i: any) => i.kind)).not.toContain('questionnaire');
    expect(home.todo.length).toBeGreaterThan(0);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('楼栋通知'), expect.any(Error));
  });
});
