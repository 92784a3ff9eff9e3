import { randomUUID } from 'node:crypto';
import type { DemoKey } from '../../server/db/seed/demo-county';
import { data, type TestCounty } from '../support/app';
import { approvedFamily } from '../server/modules/families/family-fixtures';
import { approvedGoodPerson, CONTACT, STORY } from '../server/modules/goodPeople/good-person-fixtures';
import { raised } from '../server/modules/matters/matter-fixtures';
import { fileReport } from '../server/modules/reports/report-fixtures';
import { useMiniProgram } from './support/backend';
import { allRoutes } from './support/mini-program';

/**
 * Every page of app.json, opened in the compiled mini-program by a person it
 * is made for, renders its main content: no template error, no error state.
 */
const phone = useMiniProgram();

interface Ids {
  pledgeId: string;
  reportId: string;
  nominationId: string;
  goodPersonId: string;
  consentCode: string;
  matterId: string;
  noticeId: string;
  invitationToken: string;
  helpRequestId: string;
  /** 督查暗访: a round still being visited (新华农贸市场), and one published (幸福里农贸市场, all passed). */
  openRoundId: string;
  publishedRoundId: string;
}

/** One of everything a detail page shows, made through the real actions. */
async function somethingOfEach(county: TestCounty): Promise<Ids> {
  const { pledgeId } = data<{ pledgeId: string }>(await county.as('guardian')('conventions', 'sign', { versionId: county.versions.civic }));
  const reportId = await fileReport(county);
  const nominationId = await approvedFamily(county);
  const { goodPersonId } = await approvedGoodPerson(county);
  const { consentCode } = data<{ consentCode: string }>(
    await county.as('guardian')('goodPeople', 'nominate', { idempotencyKey: randomUUID(), category: 'helping', nomineeName: '钱阿姨', nomineeContact: CONTACT, story: STORY }),
  );
  const matterId = await raised(county);
  const building = county.buildings['幸福里社区/1号楼'];
  const notice = data<{ id: string }>(
    await county.as('captain')('notices', 'post', { buildingId: building, title: '本周六上午停水', body: '因管道检修，本周六上午8点到12点停水，请提前储水。', endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }),
  );
  const invitation = data<{ path: string }>(await county.as('admin')('appointments', 'invite', { role: 'captain', scopeId: county.buildings['和平社区/1号楼'] }));
  const invitationToken = new URLSearchParams(invitation.path.split('?')[1]).get('t')!;
  const help = data<{ id: string }>(
    await county.as('volunteer')('help', 'post', { kind: 'hospital', details: '陪我去县医院复查', place: '和平社区2号楼1单元', communityId: county.communities['和平社区'], startsAt: new Date(Date.now() + 86_400_000).toISOString(), minutes: 120, points: 30 }),
  );
  const round = (title: string, site: string) =>
    county.as('admin')('inspections', 'createRound', { title, kind: 'quarterly', siteIds: [county.inspectionSites[site]], teams: [[county.people.inspector.userId]] });
  const openRoundId = data<{ id: string }>(await round('第四季度暗访', '新华农贸市场')).id;
  const publishedRoundId = data<{ id: string }>(await round('第三季度暗访', '幸福里农贸市场')).id;
  const form = data<{ checklist: { id: string; items: { sort: number }[] } }>(await county.as('inspector')('inspections', 'siteForm', { roundId: publishedRoundId, siteId: county.inspectionSites['幸福里农贸市场'] }));
  data(await county.as('inspector')('inspections', 'submit', { roundId: publishedRoundId, siteId: county.inspectionSites['幸福里农贸市场'], checklistId: form.checklist.id, items: form.checklist.items.map((i) => ({ sort: i.sort, passed: true })) }));
  data(await county.as('admin')('inspections', 'publish', { roundId: publishedRoundId }));
  return { pledgeId, reportId, nominationId, goodPersonId, consentCode, matterId, noticeId: notice.id, invitationToken, helpRequestId: help.id, openRoundId, publishedRoundId };
}

type PageCase = [route: string, person: DemoKey, query: (c: TestCounty, ids: Ids) => Record<string, string>, shows: string | RegExp];
const none = () => ({});

const PAGES: PageCase[] = [
  ['pages/home/index', 'resident', none, '创文第'],
  ['pages/report/index', 'resident', none, '怎么办理'],
  ['pages/inbox/index', 'resident', none, '还没有消息'],
  ['pages/mine/index', 'resident', none, '张秀兰'],
  ['features/auth/pages/sign-in/index', 'resident', none, '在微信里无需登录'],
  ['features/household/pages/bind/index', 'resident', none, '绑定我家'],
  ['features/convention/pages/list/index', 'resident', none, '青禾县市民文明公约'],
  ['features/convention/pages/detail/index', 'resident', (c) => ({ id: c.conventions.civic }), '热爱祖国'],
  ['features/convention/pages/certificate/index', 'guardian', (_c, ids) => ({ pledgeId: ids.pledgeId }), '文明公约签署证书'],
  ['features/convention/pages/history/index', 'resident', (c) => ({ id: c.conventions.civic }), '每一次修订都留有记录'],
  ['features/shop-pledge/pages/pledge/index', 'shopkeeper', none, '门前六包责任书'],
  ['features/shop-pledge/pages/my-shops/index', 'shopkeeper', none, '我的店铺'],
  ['features/captain/pages/queue/index', 'captain', none, '没有待处理的申请'],
  ['features/admin/pages/publish/index', 'admin', (c) => ({ conventionId: c.conventions.civic }), '发布公约新版本'],
  ['features/profile/pages/edit/index', 'resident', none, '我的名字'],
  ['features/profile/pages/privacy/index', 'volunteer', none, '注销我的账号'],
  ['features/legal/pages/privacy/index', 'resident', none, '谁在处理您的信息'],
  ['features/legal/pages/terms/index', 'resident', none, '请您做到'],
  ['features/appointments/pages/accept/index', 'resident', none, '查看邀请'],
  ['features/appointments/pages/accept/index', 'resident', (_c, ids) => ({ t: ids.invitationToken }), '和平社区 1号楼 楼长'],
  ['features/appointments/pages/invite/index', 'admin', none, '生成邀请'],
  ['features/appointments/pages/holders/index', 'staff', none, '待接受的邀请'],
  ['features/admin/pages/settings/index', 'admin', none, '首页预览'],
  ['features/household/pages/children/index', 'guardian', none, '孩子没有自己的微信也能参加'],
  ['features/household/pages/child-home/index', 'guardian', none, '孩子模式已经结束了'],
  ['features/household/pages/link-child/index', 'resident', none, '用你自己的微信'],
  ['features/places/pages/import/index', 'admin', none, '下载 Excel 模板'],
  ['features/places/pages/departments/index', 'admin', none, '全县的责任单位'],
  ['features/places/pages/locations/index', 'admin', none, '已放到地图上 0 / 4'],
  ['features/places/pages/community/index', 'admin', (c) => ({ id: c.communities['和平社区'] }), '在地图上画边界'],
  ['features/places/pages/stations/index', 'admin', none, '幸福里新时代文明实践站'],
  ['features/inspections/pages/rounds/index', 'admin', none, '新建一轮暗访'],
  ['features/inspections/pages/round/index', 'admin', (_c, ids) => ({ id: ids.openRoundId }), '新华农贸市场'],
  ['features/inspections/pages/new-round/index', 'admin', none, '幸福里东巷'],
  ['features/inspections/pages/checklist/index', 'admin', none, '现在用的是第1版，共7项'],
  ['features/inspections/pages/my-sites/index', 'inspector', none, '开始检查'],
  ['features/inspections/pages/inspect/index', 'inspector', (c, ids) => ({ round: ids.openRoundId, site: c.inspectionSites['新华农贸市场'] }), '合格标准'],
  ['features/inspections/pages/bulletins/index', 'resident', none, '第三季度暗访'],
  ['features/inspections/pages/bulletin/index', 'resident', (_c, ids) => ({ id: ids.publishedRoundId }), '点位排名'],
  ['features/inspections/pages/sites/index', 'admin', none, '登记新点位'],
  ['features/tasks/pages/plan/index', 'admin', none, '总体方案：青禾县创建全国文明城市三年行动方案'],
  ['features/tasks/pages/new/index', 'admin', none, '新建总体方案'],
  ['features/tasks/pages/mine/index', 'handler', none, '幸福里东巷乱堆乱放清理'],
  ['features/tasks/pages/task/index', 'handler', (c) => ({ id: c.tasks.underWay }), '汇报记录'],
  ['features/tasks/pages/board/index', 'area_lead', none, '本片区没有逾期任务'],
  ['features/tasks/pages/weekly/index', 'admin', none, '导出表格'],
  ['features/tasks/pages/letter/index', 'handler', none, '代表县城市管理局签署'],
  ['features/mall/pages/list/index', 'volunteer', none, '可以兑换的'],
  ['features/mall/pages/detail/index', 'volunteer', (c) => ({ id: c.rewards.book }), '《新时代文明实践读本》'],
  ['features/mall/pages/mine/index', 'volunteer', none, '还没有兑换过'],
  ['features/mall/pages/manage/index', 'station', none, '本站礼品'],
  ['features/mall/pages/pickups/index', 'station', none, '现在没有待领取的'],
  ['features/help/pages/mine/index', 'volunteer', none, '互助时长'],
  ['features/help/pages/open/index', 'volunteer', none, '陪我去县医院复查'],
  ['features/help/pages/post/index', 'volunteer', none, '给多少积分'],
  ['features/help/pages/detail/index', 'volunteer', (_c, ids) => ({ id: ids.helpRequestId }), '取消需求'],
  ['features/help/pages/disputes/index', 'staff', none, '现在没有要处理的互助争议'],
  ['features/reports/pages/report/index', 'resident', none, '问题类型'],
  ['features/reports/pages/mine/index', 'guardian', none, '我的随手拍'],
  ['features/reports/pages/detail/index', 'guardian', (_c, ids) => ({ id: ids.reportId }), '人行道上堆满了装修垃圾'],
  ['features/reports/pages/staff/index', 'staff', none, '案件受理'],
  ['features/reports/pages/handler/index', 'handler', none, '我的工单'],
  ['features/reports/pages/command/index', 'admin', none, '指挥中心'],
  ['features/dashboard/pages/overview/index', 'admin', none, '每天的数字'],
  ['features/reports/pages/gallery/index', 'resident', none, '整改晒单'],
  ['features/reports/pages/departments/index', 'resident', none, '各单位办理情况'],
  ['features/reports/pages/settings/index', 'admin', none, '问题类型与分拨'],
  ['features/families/pages/campaign/index', 'resident', (c) => ({ id: c.familyCampaignId }), '已入选的家庭'],
  ['features/families/pages/family/index', 'resident', (c, ids) => ({ campaignId: c.familyCampaignId, id: ids.nominationId }), '家庭故事'],
  ['features/families/pages/nominate/index', 'volunteer', (c) => ({ campaignId: c.familyCampaignId }), '推荐邻居家庭'],
  ['features/families/pages/nomination/index', 'guardian', (_c, ids) => ({ id: ids.nominationId }), '已入选投票名单'],
  ['features/families/pages/consents/index', 'guardian', none, '确认家庭推荐'],
  ['features/families/pages/mine/index', 'minor', none, '我的推荐'],
  ['features/families/pages/review/index', 'staff', (c) => ({ campaignId: c.familyCampaignId }), '推荐审核'],
  ['features/families/pages/admin/index', 'admin', (c) => ({ campaignId: c.familyCampaignId }), '评选管理'],
  ['features/families/pages/flags/index', 'admin', (c) => ({ campaignId: c.familyCampaignId }), '没有发现疑似刷票'],
  ['features/good-people/pages/gallery/index', 'resident', none, '身边好人'],
  ['features/good-people/pages/detail/index', 'resident', (_c, ids) => ({ id: ids.goodPersonId }), '赵德明'],
  ['features/good-people/pages/nominate/index', 'resident', none, '推荐身边好人'],
  ['features/good-people/pages/consent/index', 'resident', (_c, ids) => ({ code: ids.consentCode }), '确认推荐'],
  ['features/good-people/pages/mine/index', 'guardian', none, '我推荐的好人'],
  ['features/good-people/pages/review/index', 'staff', none, '好人审核'],
  ['features/good-people/pages/honours/index', 'resident', none, '好人榜'],
  ['features/matters/pages/raise/index', 'guardian', none, '说说情况'],
  ['features/matters/pages/mine/index', 'guardian', none, '我找楼长的事'],
  ['features/matters/pages/queue/index', 'captain', none, '楼栋事务'],
  ['features/matters/pages/matter/index', 'captain', (_c, ids) => ({ id: ids.matterId }), '怎么处理'],
  ['features/notices/pages/list/index', 'guardian', none, '本周六上午停水'],
  ['features/notices/pages/detail/index', 'guardian', (_c, ids) => ({ id: ids.noticeId }), '管道检修'],
  ['features/notices/pages/manage/index', 'captain', none, '楼栋通知管理'],
  ['features/notices/pages/receipts/index', 'captain', (_c, ids) => ({ id: ids.noticeId }), '提醒未读'],
  ['features/notices/pages/post/index', 'captain', none, '发楼栋通知'],
  ['features/notices/pages/history/index', 'captain', (_c, ids) => ({ id: ids.noticeId }), '修改记录'],
  ['features/activities/pages/list/index', 'volunteer', none, '幸福里社区环境清洁行动'],
  ['features/activities/pages/detail/index', 'volunteer', (c) => ({ id: c.activities.cleanUp }), '谁能报名'],
  ['features/activities/pages/create/index', 'team_lead', (c) => ({ teamId: c.teamId }), '发布活动'],
  ['features/activities/pages/manage/index', 'team_lead', (c) => ({ id: c.activities.cleanUp }), '签到码'],
  ['features/volunteers/pages/home/index', 'volunteer', none, '服务时长'],
  ['features/volunteers/pages/register/index', 'resident', none, '注册志愿者'],
  ['features/volunteers/pages/teams/index', 'volunteer', none, '理论宣讲志愿服务队'],
  ['features/volunteers/pages/team/index', 'volunteer', (c) => ({ id: c.teamId }), '现有队员'],
  ['features/volunteers/pages/members/index', 'team_lead', (c) => ({ id: c.teamId }), '队员名单'],
  ['features/volunteers/pages/hours/index', 'volunteer', none, '还没有服务时长'],
  ['features/volunteers/pages/certificate/index', 'volunteer', none, '还开不出证明'],
  ['features/volunteers/pages/leaderboard/index', 'volunteer', none, '志愿服务排行榜'],
  ['features/volunteers/pages/points/index', 'volunteer', none, '我的积分'],
  ['features/questionnaires/pages/list/index', 'resident', none, '问卷调查'],
  ['features/questionnaires/pages/answer/index', 'resident', (c) => ({ id: c.questionnaireId }), '第 1 题'],
  ['features/questionnaires/pages/results/index', 'admin', (c) => ({ id: c.questionnaireId }), '导出全部答卷'],
  ['features/questionnaires/pages/create/index', 'staff', none, '发起问卷'],
  ['features/questionnaires/pages/proxy/index', 'volunteer', none, '这位居民住在哪个社区？'],
  ['features/assessment/pages/ranking/index', 'resident', none, '还没有发布考核排名'],
  ['features/assessment/pages/manage/index', 'admin', none, '草稿：按现在的数据和权重计算'],
  ['features/assessment/pages/weights/index', 'admin', none, '合计 100 / 100'],
];

describe('every page of the compiled mini-program', () => {
  let ids: Ids;
  beforeAll(async () => {
    ids = await somethingOfEach(await phone.seed());
  }, 60_000);

  it('is listed here, so none is left unopened', () => {
    expect([...new Set(PAGES.map(([route]) => route))].sort()).toEqual(allRoutes().sort());
  });

  it.each(PAGES)('%s opens for %s and shows its content (case %#)', async (route, person, query, shows) => {
    const url = `/${route}?${new URLSearchParams(query(phone.county, ids)).toString()}`;
    const page = await phone.signIn(person, url);
    await page.waitForText(shows);
    expect(page.text()).not.toMatch(/没能加载出来|出错了|页面不存在/);
  });
});
