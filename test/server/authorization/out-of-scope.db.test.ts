import { findModule } from '../../../server/modules';
import { dispatch } from '../../../server/runtime/dispatch';
import type { DemoKey } from '../../../server/db/seed/demo-county';
import { addPerson, data, seedCounty, TestCounty } from '../../support/app';
import { useTestDatabase } from '../../support/db';
import { writeCounter } from '../../support/write-counter';
import { addVolunteers } from '../modules/activities/activity-fixtures';
import { childNominates } from '../modules/families/family-fixtures';
import { nominated } from '../modules/goodPeople/good-person-fixtures';
import { raised } from '../modules/matters/matter-fixtures';
import { surveyInput } from '../modules/questionnaires/questionnaire-fixtures';
import { assignedCase, fileReport } from '../modules/reports/report-fixtures';

/**
 * Holding a role is not holding it everywhere. Each row: someone with the right
 * role in the wrong place (a captain of another building, staff of another
 * community, a handler of another department, the leader of another team)
 * acts on a subject of 幸福里社区 — refused, and nothing is written.
 */
const t = useTestDatabase();

interface Row {
  who: string;
  does: string;
  /** Who may do it: the same call by them goes through, so the refusal is the place, not the input. */
  right: DemoKey;
  /** Sets up the subject; answers who calls and with what. */
  setUp(county: TestCounty): Promise<{ openid: string; module: string; action: string; input: unknown }>;
}

const otherCaptain = (county: TestCounty) => addPerson(county, '外楼楼长', 'captain', 'building', county.buildings['和平社区/1号楼']);
const otherStaff = (county: TestCounty) => addPerson(county, '和平社区网格员', 'staff', 'community', county.communities['和平社区']);
const otherHandler = (county: TestCounty) => addPerson(county, '住建局办事员', 'handler', 'department', county.departments['县住房和城乡建设局']);
async function otherLeader(county: TestCounty) {
  const team = await county.runtime.db.selectFrom('volunteerTeams').select('id').where('countyId', '=', county.countyId).where('id', '<>', county.teamId).executeTakeFirstOrThrow();
  return addPerson(county, '别队队长', 'team_lead', 'team', team.id);
}

const ROWS: Row[] = [
  {
    who: 'a captain of another building',
    right: 'captain',
    does: 'posts a notice to 幸福里社区/1号楼',
    setUp: async (county) => ({
      openid: (await otherCaptain(county)).openid,
      module: 'notices',
      action: 'post',
      input: { buildingId: county.buildings['幸福里社区/1号楼'], title: '停水通知', body: '本周六停水，请提前储水。', endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    }),
  },
  {
    who: 'a captain of another building',
    right: 'captain',
    does: 'approves a binding to 幸福里社区/1号楼',
    setUp: async (county) => {
      const request = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: county.households['幸福里社区/1号楼/1单元/501'], relation: 'tenant' }));
      return { openid: (await otherCaptain(county)).openid, module: 'households', action: 'decide', input: { requestId: request.requestId ?? request.id, decision: 'approve' } };
    },
  },
  {
    who: 'a captain of another building',
    right: 'captain',
    does: 'answers a building matter of 幸福里社区/1号楼',
    setUp: async (county) => ({ openid: (await otherCaptain(county)).openid, module: 'matters', action: 'answer', input: { matterId: await raised(county), text: '已经和楼上沟通' } }),
  },
  {
    who: 'staff of another community',
    right: 'staff',
    does: 'accepts a 随手拍 report of 幸福里社区',
    setUp: async (county) => ({ openid: (await otherStaff(county)).openid, module: 'reports', action: 'accept', input: { reportId: await fileReport(county) } }),
  },
  {
    who: 'a handler of another department',
    right: 'handler',
    does: 'starts work on a case given to 县城市管理局',
    setUp: async (county) => {
      const reportId = await fileReport(county);
      await assignedCase(county, reportId);
      return { openid: (await otherHandler(county)).openid, module: 'reports', action: 'start', input: { reportId } };
    },
  },
  {
    who: 'staff of another community',
    right: 'staff',
    does: 'reviews a family nomination of 幸福里社区',
    setUp: async (county) => {
      const nominationId = await childNominates(county);
      const view = data<any>(await county.as('guardian')('families', 'nomination', { nominationId }));
      data(await county.as('guardian')('families', 'consent', { nominationId, displayName: '王家', story: view.story, photos: view.photos, showChildName: false }));
      return { openid: (await otherStaff(county)).openid, module: 'families', action: 'review', input: { nominationId, decision: 'approve' } };
    },
  },
  {
    who: 'staff of another community',
    right: 'staff',
    does: 'reviews a good-person nomination of 幸福里社区',
    setUp: async (county) => ({ openid: (await otherStaff(county)).openid, module: 'goodPeople', action: 'review', input: { goodPersonId: (await nominated(county)).goodPersonId, decision: 'approve' } }),
  },
  {
    who: 'staff of another community',
    right: 'staff',
    does: 'sends a questionnaire to 幸福里社区/1号楼',
    setUp: async (county) => ({
      openid: (await otherStaff(county)).openid,
      module: 'questionnaires',
      action: 'create',
      input: surveyInput(county, undefined, { audienceType: 'building', audienceId: county.buildings['幸福里社区/1号楼'] }),
    }),
  },
  {
    who: 'staff of another community',
    right: 'staff',
    does: 'invites a captain for 幸福里社区/1号楼',
    setUp: async (county) => ({ openid: (await otherStaff(county)).openid, module: 'appointments', action: 'invite', input: { role: 'captain', scopeId: county.buildings['幸福里社区/1号楼'] } }),
  },
  {
    who: 'staff of another community',
    right: 'staff',
    does: 'reads the roster of 幸福里社区\'s 板凳讲堂',
    setUp: async (county) => ({ openid: (await otherStaff(county)).openid, module: 'activities', action: 'roster', input: { activityId: county.activities.benchLecture } }),
  },
  {
    who: 'the leader of another team',
    right: 'team_lead',
    does: 'reads the real names and phones of 环境卫士志愿服务队',
    setUp: async (county) => ({ openid: (await otherLeader(county)).openid, module: 'volunteers', action: 'members', input: { teamId: county.teamId } }),
  },
  {
    who: 'the leader of another team',
    right: 'team_lead',
    does: 'turns down an application to 环境卫士志愿服务队',
    setUp: async (county) => {
      const [applicant] = await addVolunteers(county, 1);
      data(await applicant.call('volunteers', 'apply', { teamId: county.teamId }));
      return { openid: (await otherLeader(county)).openid, module: 'volunteers', action: 'decide', input: { teamId: county.teamId, userId: applicant.userId, approve: false, reason: '人满了' } };
    },
  },
  {
    who: 'the leader of another team',
    right: 'team_lead',
    does: 'reads the sign-ups of 环境卫士\'s clean-up',
    setUp: async (county) => ({ openid: (await otherLeader(county)).openid, module: 'activities', action: 'roster', input: { activityId: county.activities.cleanUp } }),
  },
];

describe('a role in the wrong place', () => {
  it.each(ROWS.map((row) => [`${row.who} ${row.does}`, row]))('%s: refused, nothing written', async (_name, row) => {
    const county = await seedCounty(t.db);
    const call = await (row as Row).setUp(county);
    const { counter, plugin } = writeCounter();
    const runtime = { ...county.runtime, db: county.runtime.db.withPlugin(plugin) };
    const answer = await dispatch(runtime, findModule(call.module)!, { action: call.action, input: call.input }, { openid: call.openid });
    expect(answer.ok ? 'ok' : answer.error.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    expect(counter.writes).toBe(0);
    const byTheRightPerson = await dispatch(county.runtime, findModule(call.module)!, { action: call.action, input: call.input }, { openid: county.people[(row as Row).right].openid });
    expect(byTheRightPerson.ok ? 'ok' : `${byTheRightPerson.error.code}: ${byTheRightPerson.error.message}`).toBe('ok');
  });
});
