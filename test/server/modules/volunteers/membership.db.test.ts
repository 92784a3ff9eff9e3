import { addPerson, data, errorCode, seedCounty, TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { registeredVolunteers } from './volunteer-fixtures';

const t = useTestDatabase();

const SEEDED_CONTACTS = ['赵志远', '钱卫东', '13900001111', '13900002222'];

async function rows(county: TestCounty, userId: string, teamId = county.teamId) {
  return t.db.selectFrom('teamMembers').selectAll().where('teamId', '=', teamId).where('userId', '=', userId).orderBy('appliedAt').execute();
}

async function memberCount(teamId: string) {
  return (await t.db.selectFrom('volunteerTeams').select('memberCount').where('id', '=', teamId).executeTakeFirstOrThrow()).memberCount;
}

async function inbox(call: ReturnType<TestCounty['as']>) {
  return data<any[]>(await call('inbox', 'list', {}));
}

/** Another team of the county than the demo team. */
async function otherTeamId(county: TestCounty) {
  const teams = data<any[]>(await county.as('resident')('volunteers', 'teams', {}));
  return teams.find((team) => team.id !== county.teamId && team.kind === 'standing').id as string;
}

describe('teams', () => {
  it('lists the county\'s eighteen teams, standing ones first, with counts, the caller\'s standing and who may manage', async () => {
    const county = await seedCounty(t.db);
    const teams = data<any[]>(await county.as('team_lead')('volunteers', 'teams', {}));
    expect(teams).toHaveLength(18);
    expect(teams.slice(0, 8).every((team) => team.kind === 'standing' && team.kindLabel === '常设队伍')).toBe(true);
    expect(teams.slice(8).every((team) => team.kind === 'specialty')).toBe(true);
    expect(teams.find((team) => team.id === county.teamId)).toMatchObject({ name: '环境卫士志愿服务队', memberCount: 2, myStatus: 'approved', canManage: true });
    expect(teams.filter((team) => team.canManage)).toHaveLength(1);
    expect(data<any[]>(await county.as('admin')('volunteers', 'teams', {})).every((team) => team.canManage)).toBe(true);
  });

  it('shows a team\'s card with its upcoming open activities, and no other county\'s team', async () => {
    const county = await seedCounty(t.db);
    const team = data<any>(await county.as('resident')('volunteers', 'team', { teamId: county.teamId }));
    expect(team).toMatchObject({ id: county.teamId, myStatus: 'none', canManage: false });
    expect(team.upcoming).toEqual([{ id: county.activities.cleanUp, title: '幸福里社区环境清洁行动', startsAt: expect.any(String), placeName: '幸福里社区广场' }]);
    const elsewhere = await seedCounty(t.db);
    expect(errorCode(await county.as('resident')('volunteers', 'team', { teamId: elsewhere.teamId }))).toBe('NOT_FOUND');
    expect(errorCode(await county.as('admin')('volunteers', 'members', { teamId: elsewhere.teamId }))).toBe('NOT_FOUND');
  });

  it('never puts anyone\'s real name or phone in teams, team or me (other than the caller\'s own)', async () => {
    const county = await seedCounty(t.db);
    const [applicant] = await registeredVolunteers(county, 1);
    data(await applicant.call('volunteers', 'apply', { teamId: county.teamId }));
    const secrets = [...SEEDED_CONTACTS, applicant.realName, applicant.phone];
    for (const who of ['resident', 'volunteer', 'team_lead', 'admin'] as const) {
      const call = county.as(who);
      const answers = JSON.stringify([await call('volunteers', 'teams', {}), await call('volunteers', 'team', { teamId: county.teamId }), await call('volunteers', 'leaderboard', { period: 'month' })]);
      for (const secret of secrets) expect(answers).not.toContain(secret);
    }
    const own = JSON.stringify(await applicant.call('volunteers', 'me', {}));
    for (const secret of SEEDED_CONTACTS) expect(own).not.toContain(secret);
    expect(own).toContain(applicant.phone);
  });
});

describe('applying to a team', () => {
  it('is only for registered volunteers, who are told to register first', async () => {
    const county = await seedCounty(t.db);
    const answer = await county.as('resident')('volunteers', 'apply', { teamId: county.teamId });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('请先注册成为志愿者') } });
    expect(await rows(county, county.people.resident.userId)).toEqual([]);
  });

  it('keeps one open application per team: 20 concurrent applies leave one pending row and tell the leader once', async () => {
    const county = await seedCounty(t.db);
    const [p] = await registeredVolunteers(county, 1);
    const answers = await Promise.all(Array.from({ length: 20 }, () => p.call('volunteers', 'apply', { teamId: county.teamId })));
    for (const answer of answers) expect(answer).toMatchObject({ ok: true, data: { id: county.teamId, myStatus: 'pending' } });
    expect((await rows(county, p.userId)).map((r) => r.status)).toEqual(['pending']);
    const notices = (await inbox(county.as('team_lead'))).filter((m) => m.kind === 'volunteers');
    expect(notices).toEqual([expect.objectContaining({ title: '新的入队申请：环境卫士志愿服务队' })]);
    // The leader's notice masks the applicant's name.
    expect(JSON.stringify(notices)).not.toContain(p.realName);
    expect(await memberCount(county.teamId)).toBe(2);
  });

  it('lets a rejected person apply again, and refuses a member a second application', async () => {
    const county = await seedCounty(t.db);
    const [p] = await registeredVolunteers(county, 1);
    data(await p.call('volunteers', 'apply', { teamId: county.teamId }));
    data(await county.as('team_lead')('volunteers', 'decide', { teamId: county.teamId, userId: p.userId, approve: false, reason: '本队目前只招募和平社区以外的队员' }));
    expect(data<any>(await p.call('volunteers', 'team', { teamId: county.teamId })).myStatus).toBe('rejected');
    expect(data<any>(await p.call('volunteers', 'apply', { teamId: county.teamId })).myStatus).toBe('pending');
    expect((await rows(county, p.userId)).map((r) => r.status)).toEqual(['rejected', 'pending']);
    expect(errorCode(await county.as('volunteer')('volunteers', 'apply', { teamId: county.teamId }))).toBe('CONFLICT');
  });

  it('lets a member leave (the count goes down) and apply again later; leaving a team one is not in is a CONFLICT', async () => {
    const county = await seedCounty(t.db);
    const left = data<any>(await county.as('volunteer')('volunteers', 'leave', { teamId: county.teamId }));
    expect(left).toMatchObject({ myStatus: 'none', memberCount: 1 });
    expect((await rows(county, county.people.volunteer.userId)).map((r) => r.status)).toEqual(['left']);
    expect(errorCode(await county.as('volunteer')('volunteers', 'leave', { teamId: county.teamId }))).toBe('CONFLICT');
    expect(await memberCount(county.teamId)).toBe(1);
    expect(data<any>(await county.as('volunteer')('volunteers', 'apply', { teamId: county.teamId })).myStatus).toBe('pending');
    // Withdrawing the pending application does not move the count.
    expect(data<any>(await county.as('volunteer')('volunteers', 'leave', { teamId: county.teamId }))).toMatchObject({ myStatus: 'none', memberCount: 1 });
  });
});

describe('the roster', () => {
  it('is refused to a leader of another team and to a plain volunteer', async () => {
    const county = await seedCounty(t.db);
    const otherLeader = await addPerson(county, '别队队长', 'team_lead', 'team', await otherTeamId(county));
    expect(errorCode(await otherLeader.call('volunteers', 'members', { teamId: county.teamId }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('volunteer')('volunteers', 'members', { teamId: county.teamId }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('staff')('volunteers', 'members', { teamId: county.teamId }))).toBe('FORBIDDEN');
  });

  it('shows the team\'s leader and the admin pending applications first, then members, with real names, phones, skills, community and minutes', async () => {
    const county = await seedCounty(t.db);
    const [p] = await registeredVolunteers(county, 1);
    data(await p.call('volunteers', 'apply', { teamId: county.teamId }));
    for (const who of ['team_lead', 'admin'] as const) {
      const members = data<any[]>(await county.as(who)('volunteers', 'members', { teamId: county.teamId }));
      expect(members).toHaveLength(3);
      expect(members[0]).toMatchObject({ userId: p.userId, realName: p.realName, phone: p.phone, skills: [], status: 'pending', communityName: '和平社区', minutes: 0 });
      expect(members.slice(1)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ realName: '赵志远', phone: '13900001111', skills: ['垃圾分类', '摄影'], status: 'approved', communityName: '和平社区' }),
          expect.objectContaining({ realName: '钱卫东', phone: '13900002222', status: 'approved' }),
        ]),
      );
    }
  });
});

describe('deciding an application', () => {
  it('is for the team\'s leaders and the admin only', async () => {
    const county = await seedCounty(t.db);
    const [p] = await registeredVolunteers(county, 1);
    data(await p.call('volunteers', 'apply', { teamId: county.teamId }));
    const otherLeader = await addPerson(county, '别队队长', 'team_lead', 'team', await otherTeamId(county));
    expect(errorCode(await otherLeader.call('volunteers', 'decide', { teamId: county.teamId, userId: p.userId, approve: true }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('volunteer')('volunteers', 'decide', { teamId: county.teamId, userId: p.userId, approve: true }))).toBe('FORBIDDEN');
    expect((await rows(county, p.userId)).map((r) => r.status)).toEqual(['pending']);
  });

  it('needs a reason to reject, and tells the applicant the reason', async () => {
    const county = await seedCounty(t.db);
    const [p] = await registeredVolunteers(county, 1);
    data(await p.call('volunteers', 'apply', { teamId: county.teamId }));
    const bare = await county.as('team_lead')('volunteers', 'decide', { teamId: county.teamId, userId: p.userId, approve: false });
    expect(bare).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ field: 'reason' }] } });
    expect((await rows(county, p.userId)).map((r) => r.status)).toEqual(['pending']);
    const rejected = data<any>(await county.as('team_lead')('volunteers', 'decide', { teamId: county.teamId, userId: p.userId, approve: false, reason: '名额已满' }));
    expect(rejected).toMatchObject({ userId: p.userId, status: 'rejected' });
    expect(await inbox(p.call)).toEqual([expect.objectContaining({ title: '环境卫士志愿服务队没有通过您的入队申请', body: expect.stringContaining('名额已满') })]);
    expect(await memberCount(county.teamId)).toBe(2);
  });

  it('approves once when two leaders and the admin decide at the same time: one member more, one notice', async () => {
    const county = await seedCounty(t.db);
    const [p] = await registeredVolunteers(county, 1);
    data(await p.call('volunteers', 'apply', { teamId: county.teamId }));
    const secondLeader = await addPerson(county, '副队长', 'team_lead', 'team', county.teamId);
    const deciders = [county.as('team_lead'), secondLeader.call, county.as('admin')];
    const answers = await Promise.all(deciders.flatMap((call) => [true, true, false].map((approve) => call('volunteers', 'decide', { teamId: county.teamId, userId: p.userId, approve, reason: approve ? undefined : '重复申请' }))));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).every((a) => errorCode(a) === 'CONFLICT')).toBe(true);
    const [row] = await rows(county, p.userId);
    expect(await memberCount(county.teamId)).toBe(row.status === 'approved' ? 3 : 2);
    expect(await inbox(p.call)).toHaveLength(1);
    expect(await t.db.selectFrom('auditEvents').select('action').where('subjectId', '=', row.id).execute()).toHaveLength(1);
  });

  it('counts an approved member in and tells them; only a pending application can be decided', async () => {
    const county = await seedCounty(t.db);
    const [p] = await registeredVolunteers(county, 1);
    data(await p.call('volunteers', 'apply', { teamId: county.teamId }));
    const approved = data<any>(await county.as('admin')('volunteers', 'decide', { teamId: county.teamId, userId: p.userId, approve: true }));
    expect(approved).toMatchObject({ userId: p.userId, realName: p.realName, status: 'approved' });
    expect(await memberCount(county.teamId)).toBe(3);
    expect(await inbox(p.call)).toEqual([expect.objectContaining({ title: '您已加入环境卫士志愿服务队' })]);
    expect(data<any>(await p.call('volunteers', 'me', {})).teams).toEqual([expect.objectContaining({ id: county.teamId, myStatus: 'approved', memberCount: 3 })]);
    expect(errorCode(await county.as('team_lead')('volunteers', 'decide', { teamId: county.teamId, userId: p.userId, approve: false, reason: '再想想' }))).toBe('CONFLICT');
    expect(errorCode(await county.as('team_lead')('volunteers', 'decide', { teamId: county.teamId, userId: county.people.resident.userId, approve: true }))).toBe('NOT_FOUND');
    expect(await memberCount(county.teamId)).toBe(3);
  });
});
