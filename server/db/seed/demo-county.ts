import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../schema';
import type { Role, ScopeType } from '../../core/actor';
import { newId } from '../../core/ids';
import { DEFAULT_CATEGORIES } from '../../modules/reports/domain/default-categories';
import { seedCivilizationSurvey } from './demo-questionnaire';
import { seedInspections } from './demo-inspections';
import { seedMall } from './demo-mall';
import { seedVolunteers } from './demo-volunteers';
import { CIVIC_CONVENTION, RESIDENTS_CONVENTION, responsibilityLetterOf, SHOP_PLEDGE } from './texts';
import { seedTasks } from './demo-tasks';

/** The people of the demo county; their keys are what the demo sign-in offers. */
export const DEMO_PEOPLE = [
  { key: 'resident', name: '张秀兰', roleLabel: '居民', description: '刚搬来，还没有绑定住户' },
  { key: 'guardian', name: '王建国', roleLabel: '居民（家长）', description: '幸福里社区1号楼1单元301，王小明的监护人' },
  { key: 'minor', name: '王小明', roleLabel: '少年儿童', description: '王建国的孩子，读四年级' },
  { key: 'captain', name: '李桂芳', roleLabel: '楼长', description: '幸福里社区1号楼楼长' },
  { key: 'volunteer', name: '赵志远', roleLabel: '志愿者', description: '和平社区居民，环境卫士志愿队队员' },
  { key: 'team_lead', name: '钱卫东', roleLabel: '志愿队队长', description: '环境卫士志愿队队长' },
  { key: 'staff', name: '孙丽', roleLabel: '社区工作人员', description: '幸福里社区网格员' },
  { key: 'handler', name: '周强', roleLabel: '责任单位', description: '县城市管理局办事员' },
  { key: 'admin', name: '吴敏', roleLabel: '创文办', description: '县创文指挥部办公室' },
  { key: 'shopkeeper', name: '陈志刚', roleLabel: '商户', description: '幸福里社区"陈记早餐"店主' },
  { key: 'station', name: '刘芳', roleLabel: '实践站工作人员', description: '幸福里新时代文明实践站，管积分超市' },
  { key: 'inspector', name: '郑国华', roleLabel: '督查员', description: '县创文督查组，暗访农贸市场和背街小巷' },
  { key: 'area_lead', name: '黄建军', roleLabel: '片区分指挥部', description: '城东片区分指挥部指挥长，督办本片区逾期任务' },
] as const;

/**
 * Not a person of the demo county: the demo sign-in's way to open the app as
 * someone WeChat has never shown the server (a fresh openid each time), to
 * try an invitation, a county's QR or a new county's claim code.
 */
export const DEMO_NEWCOMER = { key: 'newcomer', name: '新用户', roleLabel: '第一次打开', description: '像第一次在微信里打开一样：还没有账号，用邀请码、认领码或县的二维码进入' } as const;

export type DemoKey = (typeof DEMO_PEOPLE)[number]['key'];

export interface SeededCounty {
  countyId: string;
  communities: Record<string, string>;
  buildings: Record<string, string>;
  /** "幸福里社区/1号楼/1单元/301" → household id */
  households: Record<string, string>;
  departments: Record<string, string>;
  people: Record<DemoKey, { userId: string; openid: string }>;
  conventions: { civic: string; residents: string; shop: string; responsibility: string };
  versions: { civic: string; residents: string; shop: string; responsibility: string };
  /** 城东片区, 城西片区 by name. */
  areas: Record<string, string>;
  /** 任务: 周强's two tasks in 城东片区, one under way (40%), one a day overdue. */
  tasks: { underWay: string; overdue: string };
  teamId: string;
  /** 文明家庭评选 open for nominations now; voting follows. */
  familyCampaignId: string;
  /** A team activity tomorrow and a community 板凳讲堂 in three days. */
  activities: { cleanUp: string; benchLecture: string };
  /** 创建文明城市群众满意度调查: county-wide, anonymous, open from now for 30 days. */
  questionnaireId: string;
  /** 小手拉大手: the county's questionnaire for its children. */
  childrenQuestionnaireId: string;
  /** 幸福里新时代文明实践站, whose 积分超市 has a book, a gift and a service. */
  stationId: string;
  rewards: { book: string; gift: string; service: string };
  /** 督查暗访 sites by name: 幸福里农贸市场, 新华农贸市场, 幸福里东巷. */
  inspectionSites: Record<string, string>;
}

const AREAS = [
  { name: '城东片区', communities: [{ name: '幸福里社区', kind: 'community' }, { name: '和平社区', kind: 'community' }] },
  { name: '城西片区', communities: [{ name: '新华社区', kind: 'community' }, { name: '柳树村', kind: 'village' }] },
] as const;
const BUILDINGS = ['1号楼', '2号楼', '3号楼'];
const UNITS = ['1单元', '2单元'];
const ROOMS = [1, 2, 3, 4, 5, 6].flatMap((floor) => [`${floor}01`, `${floor}02`]);
const DEPARTMENTS = ['县城市管理局', '县住房和城乡建设局', '县公安局交警大队', '县市场监督管理局', '县生态环境分局'];

/**
 * A whole county: places, departments, the demo people with their roles, the
 * conventions. `openidPrefix` lets tests seed many counties into one database.
 */
export async function seedDemoCounty(db: Kysely<DB>, options: { openidPrefix?: string; now?: Date; withoutPlan?: boolean } = {}): Promise<SeededCounty> {
  const prefix = options.openidPrefix ?? 'demo:';
  const now = options.now ?? new Date();
  const countyId = newId();
  const seeded: SeededCounty = {
    countyId,
    communities: {},
    buildings: {},
    households: {},
    departments: {},
    people: {} as SeededCounty['people'],
    conventions: { civic: newId(), residents: newId(), shop: newId(), responsibility: newId() },
    versions: { civic: newId(), residents: newId(), shop: newId(), responsibility: newId() },
    areas: {},
    tasks: { underWay: newId(), overdue: newId() },
    teamId: newId(),
    familyCampaignId: newId(),
    activities: { cleanUp: newId(), benchLecture: newId() },
    questionnaireId: newId(),
    childrenQuestionnaireId: newId(),
    stationId: newId(),
    rewards: { book: newId(), gift: newId(), service: newId() },
    inspectionSites: {},
  };

  await db.insertInto('counties').values({ id: countyId, name: '青禾县', campaignName: '青禾县创建全国文明城市', campaignStart: '2025-03-01' }).execute();

  const areas: DB['areas'][] = [];
  const communities: Insertable<DB['communities']>[] = [];
  const buildings: DB['buildings'][] = [];
  const units: DB['units'][] = [];
  const households: DB['households'][] = [];
  for (const area of AREAS) {
    const areaId = newId();
    areas.push({ id: areaId, countyId, name: area.name });
    seeded.areas[area.name] = areaId;
    for (const community of area.communities) {
      const communityId = newId();
      seeded.communities[community.name] = communityId;
      communities.push({ id: communityId, countyId, areaId, name: community.name, kind: community.kind });
      for (const building of BUILDINGS) {
        const buildingId = newId();
        seeded.buildings[`${community.name}/${building}`] = buildingId;
        buildings.push({ id: buildingId, countyId, communityId, name: building });
        for (const unit of UNITS) {
          const unitId = newId();
          units.push({ id: unitId, countyId, buildingId, name: unit });
          for (const room of ROOMS) {
            const householdId = newId();
            seeded.households[`${community.name}/${building}/${unit}/${room}`] = householdId;
            households.push({ id: householdId, countyId, unitId, room });
          }
        }
      }
    }
  }
  await db.insertInto('areas').values(areas).execute();
  await db.insertInto('communities').values(communities).execute();
  await db.insertInto('buildings').values(buildings).execute();
  await db.insertInto('units').values(units).execute();
  await db.insertInto('households').values(households).execute();

  const departments = DEPARTMENTS.map((name) => ({ id: newId(), countyId, name }));
  departments.forEach((d) => (seeded.departments[d.name] = d.id));
  await db.insertInto('departments').values(departments).execute();

  for (const person of DEMO_PEOPLE) {
    const userId = newId();
    const openid = `${prefix}${person.key}`;
    seeded.people[person.key] = { userId, openid };
    await db.insertInto('users').values({ id: userId, countyId, openid, name: person.name, isMinor: person.key === 'minor' }).execute();
  }

  const xingfu = seeded.communities['幸福里社区'];
  const grants: { key: DemoKey; role: Role; scopeType: ScopeType; scopeId: string }[] = [
    ...DEMO_PEOPLE.filter((p) => p.key !== 'minor').map((p) => ({ key: p.key, role: 'resident' as Role, scopeType: 'county' as ScopeType, scopeId: countyId })),
    { key: 'minor', role: 'minor', scopeType: 'county', scopeId: countyId },
    { key: 'captain', role: 'captain', scopeType: 'building', scopeId: seeded.buildings['幸福里社区/1号楼'] },
    { key: 'volunteer', role: 'volunteer', scopeType: 'county', scopeId: countyId },
    { key: 'team_lead', role: 'volunteer', scopeType: 'county', scopeId: countyId },
    { key: 'team_lead', role: 'team_lead', scopeType: 'team', scopeId: seeded.teamId },
    { key: 'staff', role: 'staff', scopeType: 'community', scopeId: xingfu },
    { key: 'handler', role: 'handler', scopeType: 'department', scopeId: seeded.departments['县城市管理局'] },
    { key: 'admin', role: 'admin', scopeType: 'county', scopeId: countyId },
    { key: 'area_lead', role: 'area_lead', scopeType: 'area', scopeId: seeded.areas['城东片区'] },
  ];
  await db
    .insertInto('roleGrants')
    .values(grants.map((g) => ({ id: newId(), countyId, userId: seeded.people[g.key].userId, role: g.role, scopeType: g.scopeType, scopeId: g.scopeId, grantedBy: null })))
    .execute();

  await db
    .insertInto('guardianships')
    .values({ id: newId(), countyId, guardianId: seeded.people.guardian.userId, minorId: seeded.people.minor.userId })
    .execute();

  const homes: [DemoKey, string][] = [
    ['guardian', '幸福里社区/1号楼/1单元/301'],
    ['minor', '幸福里社区/1号楼/1单元/301'],
    ['captain', '幸福里社区/1号楼/2单元/101'],
    ['volunteer', '和平社区/2号楼/1单元/502'],
    ['staff', '幸福里社区/3号楼/1单元/201'],
    ['shopkeeper', '幸福里社区/2号楼/1单元/102'],
  ];
  await db
    .insertInto('householdRequests')
    .values(
      homes.map(([key, place]) => ({
        id: newId(),
        countyId,
        householdId: seeded.households[place],
        userId: seeded.people[key].userId,
        relation: key === 'minor' ? ('family' as const) : ('owner' as const),
        status: 'approved' as const,
        requestedAt: now,
        decidedAt: now,
        decidedRole: 'captain',
      })),
    )
    .execute();

  const texts = [
    { kind: 'civic' as const, communityId: null, text: CIVIC_CONVENTION },
    { kind: 'residents' as const, communityId: xingfu, text: RESIDENTS_CONVENTION },
    { kind: 'shop' as const, communityId: null, text: SHOP_PLEDGE },
    { kind: 'responsibility' as const, communityId: null, text: responsibilityLetterOf(now) },
  ];
  for (const { kind, communityId, text } of texts) {
    await db.insertInto('conventions').values({ id: seeded.conventions[kind], countyId, kind, communityId, title: text.title }).execute();
    await db
      .insertInto('conventionVersions')
      .values({
        id: seeded.versions[kind],
        countyId,
        conventionId: seeded.conventions[kind],
        version: 1,
        title: text.title,
        preamble: text.preamble,
        articles: JSON.stringify(text.articles),
        publishedAt: now,
        publishedBy: seeded.people.admin.userId,
      })
      .execute();
  }
  await seedReportRouting(db, countyId, seeded.departments);
  await seedFamilyCampaign(db, seeded, now);
  await seedVolunteers(db, seeded, now);
  await seedMall(db, seeded, now);
  await seedInspections(db, seeded, now);
  if (!options.withoutPlan) await seedTasks(db, seeded, now);
  await seedCivilizationSurvey(db, { countyId, adminId: seeded.people.admin.userId }, { grownUps: seeded.questionnaireId, children: seeded.childrenQuestionnaireId }, now);
  return seeded;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** This year's civilized-family election: nominations open since yesterday for two weeks, then two weeks of voting. */
async function seedFamilyCampaign(db: Kysely<DB>, seeded: SeededCounty, now: Date): Promise<void> {
  const at = (days: number) => new Date(now.getTime() + days * DAY_MS);
  await db
    .insertInto('familyCampaigns')
    .values({
      id: seeded.familyCampaignId,
      countyId: seeded.countyId,
      title: `${now.getFullYear()}年度青禾县文明家庭评选`,
      description: '小手拉大手，文明一起走。孩子们写下自己家的故事，推荐自己的家庭；经家长同意、社区审核后进入投票。每位居民每天可投1票，不能投给自己家。',
      nominationStartsAt: at(-1),
      nominationEndsAt: at(13),
      votingStartsAt: at(14),
      votingEndsAt: at(28),
      createdBy: seeded.people.admin.userId,
      createdAt: now,
    })
    .execute();
}

async function seedReportRouting(db: Kysely<DB>, countyId: string, departments: Record<string, string>): Promise<void> {
  const categories = DEFAULT_CATEGORIES.map((c, i) => ({ ...c, id: newId(), sort: i + 1 }));
  await db
    .insertInto('reportCategories')
    .values(categories.map((c) => ({ id: c.id, countyId, name: c.name, sort: c.sort, active: true })))
    .execute();
  await db
    .insertInto('routingRules')
    .values(
      categories.map((c) => ({ id: newId(), countyId, categoryId: c.id, areaId: null, departmentId: departments[c.department], deadlineHours: c.deadlineHours })),
    )
    .execute();
}
