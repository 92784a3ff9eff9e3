import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin, Role, scopesOf } from '../../../core/actor';
import { hoursToCertifyCount } from '../../activities/facade';
import { nominationsToReviewCount, openFlagCount } from '../../families/facade';
import { goodPeopleToReviewCount } from '../../goodPeople/facade';
import { countPendingInScopes } from '../../households/facade';
import { disputeCount } from '../../help/facade';
import { sitesToVisit } from '../../inspections/facade';
import { waitingCount } from '../../mall/facade';
import { openMatterCount } from '../../matters/facade';
import { namesOfScopes } from '../../places/facade';
import { commandCaseCounts, handlerCaseCounts, staffCaseCounts } from '../../reports/facade';
import { openEscalations, openTasksFor } from '../../tasks/facade';
import { pendingApplicationCount } from '../../volunteers/facade';
import type { WorkbenchDesk, WorkbenchTile } from '../contracts';

/** Pages of the mini-program the tiles open (src/lib/routes.ts). */
const PAGES = {
  bindings: '/features/captain/pages/queue/index',
  matters: '/features/matters/pages/queue/index',
  notices: '/features/notices/pages/manage/index',
  staffCases: '/features/reports/pages/staff/index',
  handlerCases: '/features/reports/pages/handler/index',
  command: '/features/reports/pages/command/index',
  familyReview: '/features/families/pages/review/index',
  familyFlags: '/features/families/pages/flags/index',
  goodPeopleReview: '/features/good-people/pages/review/index',
  questionnaires: '/features/questionnaires/pages/list/index',
  organised: '/features/activities/pages/list/index?tab=manage',
  members: (teamId: string) => `/features/volunteers/pages/members/index?id=${teamId}`,
  volunteers: '/features/volunteers/pages/home/index',
  settings: '/features/admin/pages/settings/index',
  placesImport: '/features/places/pages/import/index',
  appointments: '/features/appointments/pages/holders/index',
  mallPickups: '/features/mall/pages/pickups/index',
  mallRewards: '/features/mall/pages/manage/index',
  helpDisputes: '/features/help/pages/disputes/index',
  inspectionSites: '/features/inspections/pages/my-sites/index',
  inspectionRounds: '/features/inspections/pages/rounds/index',
  bulletins: '/features/inspections/pages/bulletins/index',
  myTasks: '/features/tasks/pages/mine/index',
  taskLetter: '/features/tasks/pages/letter/index',
  taskBoard: '/features/tasks/pages/board/index',
  taskPlan: '/features/tasks/pages/plan/index',
  taskWeekly: '/features/tasks/pages/weekly/index',
} as const;

const tile = (key: string, label: string, count: number | null, path: string): WorkbenchTile => ({ key, label, count, path });

/** "楼长 · 幸福里社区 1号楼、2号楼": the role and where it holds. */
function deskTitle(role: string, scopeIds: string[], names: Map<string, string>): string {
  const where = scopeIds.map((id) => names.get(id)).filter(Boolean);
  return where.length ? `${role} · ${where.join('、')}` : role;
}

/**
 * 工作台: for each working role the caller holds, what waits for them now,
 * counted the way each queue lists it, with one tap into the queue. A
 * resident with no working role gets no desk at all.
 */
export async function workbench(ctx: UseCaseContext): Promise<{ desks: WorkbenchDesk[] }> {
  const { db, actor, now } = ctx;
  const { countyId } = actor;
  const held = (role: Role) => scopesOf(actor, role);
  const buildings = held('captain');
  const communities = held('staff');
  const departments = held('handler');
  const teams = held('team_lead');
  const stations = held('station');
  const areas = held('area_lead');
  const admin = isCountyAdmin(actor);
  const names = await namesOfScopes(db, countyId, [...buildings, ...communities, ...departments, ...teams, ...stations, ...areas]);
  const desks: WorkbenchDesk[] = [];

  if (buildings.length) {
    const [bindings, matters] = await Promise.all([countPendingInScopes(db, countyId, { buildingIds: buildings, communityIds: [] }), openMatterCount(db, countyId, { buildingIds: buildings, communityIds: [] })]);
    desks.push({
      role: 'captain',
      title: deskTitle('楼长', buildings, names),
      tiles: [tile('bindings', '绑定审核', bindings, PAGES.bindings), tile('matters', '找楼长的事', matters, PAGES.matters), tile('notices', '发楼栋通知', null, PAGES.notices)],
    });
  }
  if (communities.length) {
    const scope = { communityIds: communities, wholeCounty: false };
    const [cases, bindings, matters, families, goodPeople, hours, helpDisputes] = await Promise.all([
      staffCaseCounts(db, countyId, communities, now),
      countPendingInScopes(db, countyId, { buildingIds: [], communityIds: communities }),
      openMatterCount(db, countyId, { buildingIds: [], communityIds: communities }),
      nominationsToReviewCount(db, countyId, scope),
      goodPeopleToReviewCount(db, countyId, scope),
      hoursToCertifyCount(db, countyId, { teamIds: [], communityIds: communities, wholeCounty: false }, now),
      disputeCount(db, countyId, communities),
    ]);
    desks.push({
      role: 'staff',
      title: deskTitle('社区工作人员', communities, names),
      tiles: [
        tile('cases', '随手拍待处理', cases.toAccept, PAGES.staffCases),
        tile('overdue', '超期未办', cases.overdue, PAGES.staffCases),
        tile('bindings', '绑定审核', bindings, PAGES.bindings),
        tile('matters', '找楼长的事', matters, PAGES.matters),
        tile('families', '文明家庭待审', families, PAGES.familyReview),
        tile('goodPeople', '好人推荐待审', goodPeople, PAGES.goodPeopleReview),
        tile('hours', '待确认时长', hours, PAGES.organised),
        tile('helpDisputes', '互助争议', helpDisputes, PAGES.helpDisputes),
        tile('notices', '楼栋通知', null, PAGES.notices),
        tile('questionnaires', '问卷', null, PAGES.questionnaires),
      ],
    });
  }
  if (departments.length) {
    const [cases, tasks] = await Promise.all([handlerCaseCounts(db, countyId, departments, now), openTasksFor(db, countyId, actor.userId, departments)]);
    desks.push({
      role: 'handler',
      title: deskTitle('责任单位', departments, names),
      tiles: [
        tile('toStart', '新工单', cases.toStart, PAGES.handlerCases),
        tile('inProgress', '处理中', cases.inProgress, PAGES.handlerCases),
        tile('overdue', '已超期', cases.overdue, PAGES.handlerCases),
        tile('tasks', '我的任务', tasks, PAGES.myTasks),
        tile('letter', '目标责任书', null, PAGES.taskLetter),
      ],
    });
  }
  if (teams.length) {
    const [applications, hours] = await Promise.all([pendingApplicationCount(db, countyId, teams), hoursToCertifyCount(db, countyId, { teamIds: teams, communityIds: [], wholeCounty: false }, now)]);
    desks.push({
      role: 'team_lead',
      title: deskTitle('志愿队队长', teams, names),
      tiles: [
        tile('applications', '入队申请', applications, teams.length === 1 ? PAGES.members(teams[0]) : PAGES.volunteers),
        tile('hours', '待确认时长', hours, PAGES.organised),
        tile('activities', '我组织的活动', null, PAGES.organised),
      ],
    });
  }
  if (stations.length) {
    const waiting = await waitingCount(db, countyId, stations);
    desks.push({
      role: 'station',
      title: deskTitle('实践站', stations, names),
      tiles: [tile('pickups', '待领取', waiting, PAGES.mallPickups), tile('rewards', '积分超市礼品', null, PAGES.mallRewards)],
    });
  }
  if (held('inspector').length) {
    const toVisit = await sitesToVisit(db, countyId, actor.userId);
    desks.push({ role: 'inspector', title: '督查员', tiles: [tile('sites', '待暗访点位', toVisit, PAGES.inspectionSites), tile('bulletins', '督查通报', null, PAGES.bulletins)] });
  }
  if (areas.length) {
    const escalated = await openEscalations(db, countyId, areas);
    desks.push({ role: 'area_lead', title: deskTitle('片区分指挥部', areas, names), tiles: [tile('escalated', '督办任务', escalated, PAGES.taskBoard)] });
  }
  if (admin) {
    const whole = { communityIds: [], wholeCounty: true };
    const [cases, flags, families, goodPeople] = await Promise.all([
      commandCaseCounts(db, countyId, now),
      openFlagCount(db, countyId),
      nominationsToReviewCount(db, countyId, whole),
      goodPeopleToReviewCount(db, countyId, whole),
    ]);
    desks.push({
      role: 'admin',
      title: '创文办',
      tiles: [
        tile('unclaimed', '未认领随手拍', cases.unclaimed, PAGES.staffCases),
        tile('overdue', '超期案件', cases.overdue, PAGES.command),
        tile('flags', '刷票提醒', flags, PAGES.familyFlags),
        tile('families', '文明家庭待审', families, PAGES.familyReview),
        tile('goodPeople', '好人推荐待审', goodPeople, PAGES.goodPeopleReview),
        tile('appointments', '职务任命', null, PAGES.appointments),
        tile('inspections', '督查暗访', null, PAGES.inspectionRounds),
        tile('tasks', '任务与责任书', null, PAGES.taskPlan),
        tile('weekly', '任务周报', null, PAGES.taskWeekly),
        tile('mall', '积分超市', null, PAGES.mallRewards),
        tile('places', '地址导入', null, PAGES.placesImport),
        tile('settings', '创文设置', null, PAGES.settings),
      ],
    });
  }
  return { desks };
}
