import { randomUUID } from 'node:crypto';
import { addPeople, data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

/** Someone WeChat has sent us for the first time: no account anywhere yet. */
const stranger = (county: TestCounty) => county.as({ openid: `${county.openidPrefix}new-${randomUUID()}` });

async function invitation(county: TestCounty, by: Parameters<TestCounty['as']>[0], role: string, scopeId: string) {
  return data<{ id: string; code: string; path: string }>(await county.as(by)('appointments', 'invite', { role, scopeId }));
}

const tokenOf = (path: string) => new URL(path, 'https://x').searchParams.get('t')!;

async function rolesOf(county: TestCounty, userId: string) {
  const rows = await t.db.selectFrom('roleGrants').select(['role', 'scopeId']).where('userId', '=', userId).orderBy('role').execute();
  return rows.map((r) => `${r.role}@${r.scopeId}`);
}

async function invitationsOf(county: TestCounty) {
  return t.db.selectFrom('invitations').select(['id', 'acceptedBy']).where('countyId', '=', county.countyId).execute();
}

describe('appointments by invitation', () => {
  it('lets the admin invite a captain for a building: a newcomer opens the code, accepts, becomes a resident of the county and the captain, and the admin is told', async () => {
    const county = await seedCounty(t.db);
    const building = county.buildings['和平社区/2号楼'];
    const inv = await invitation(county, 'admin', 'captain', building);
    expect(inv.code).toMatch(/^\d{6}$/);

    const phone = stranger(county);
    const opened = data<any>(await phone('appointments', 'open', { code: inv.code }));
    expect(opened).toMatchObject({ found: true, invitation: { roleLabel: '楼长', scopeName: '和平社区 2号楼', countyName: '青禾县', invitedBy: '吴敏', state: 'open', blockedBecause: null } });
    // Opening writes no account: only accepting does.
    expect(await t.db.selectFrom('users').select('id').where('countyId', '=', county.countyId).where('openid', 'like', '%new-%').execute()).toEqual([]);

    expect(data<any>(await phone('appointments', 'accept', { invitationId: opened.invitation.id, secret: inv.code }))).toEqual({ roleLabel: '楼长', scopeName: '和平社区 2号楼', alreadyHeld: false, boundHome: null });
    const me = data<any>(await phone('identity', 'me', {}));
    expect(me.county.id).toBe(county.countyId);
    expect(me.roles.map((r: any) => `${r.role}:${r.scopeName}`).sort()).toEqual(['captain:和平社区 2号楼', 'resident:青禾县']);
    const [news] = data<any[]>(await county.as('admin')('inbox', 'list', {}));
    expect(news).toMatchObject({ title: '邀请已被接受', link: '/features/appointments/pages/holders/index' });
    const audit = await t.db.selectFrom('auditEvents').select(['action', 'actorId']).where('countyId', '=', county.countyId).where('action', 'like', 'appointment.%').orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['appointment.invite', 'appointment.accept']);
  });

  it('opens by the shared link\'s token as well, and takes it with the token as the proof', async () => {
    const county = await seedCounty(t.db);
    const inv = await invitation(county, 'admin', 'handler', county.departments['县城市管理局']);
    const phone = stranger(county);
    const opened = data<any>(await phone('appointments', 'open', { token: tokenOf(inv.path) }));
    expect(opened.invitation).toMatchObject({ roleLabel: '责任单位办事员', scopeName: '县城市管理局' });
    data(await phone('appointments', 'accept', { invitationId: opened.invitation.id, secret: tokenOf(inv.path) }));
    expect(errorCode(await phone('appointments', 'accept', { invitationId: opened.invitation.id, secret: '000000' }))).toBe('NOT_FOUND');
  });

  it('lets a community\'s staff invite its captains and staff, and nobody anything beyond their scope', async () => {
    const county = await seedCounty(t.db);
    const xingfuBuilding = county.buildings['幸福里社区/2号楼'];
    const hepingBuilding = county.buildings['和平社区/1号楼'];
    data(await county.as('staff')('appointments', 'invite', { role: 'captain', scopeId: xingfuBuilding }));
    data(await county.as('staff')('appointments', 'invite', { role: 'staff', scopeId: county.communities['幸福里社区'] }));
    const refusals = [
      await county.as('staff')('appointments', 'invite', { role: 'captain', scopeId: hepingBuilding }),
      await county.as('staff')('appointments', 'invite', { role: 'staff', scopeId: county.communities['和平社区'] }),
      await county.as('staff')('appointments', 'invite', { role: 'admin', scopeId: county.countyId }),
      await county.as('staff')('appointments', 'invite', { role: 'handler', scopeId: county.departments['县城市管理局'] }),
      await county.as('captain')('appointments', 'invite', { role: 'captain', scopeId: county.buildings['幸福里社区/1号楼'] }),
      await county.as('resident')('appointments', 'invite', { role: 'captain', scopeId: xingfuBuilding }),
      await county.as('minor')('appointments', 'invite', { role: 'captain', scopeId: xingfuBuilding }),
      await county.as('handler')('appointments', 'invite', { role: 'handler', scopeId: county.departments['县城市管理局'] }),
      await county.as('team_lead')('appointments', 'invite', { role: 'team_lead', scopeId: county.teamId }),
    ];
    expect(refusals.map(errorCode)).toEqual(Array(9).fill('FORBIDDEN'));
    expect(await invitationsOf(county)).toHaveLength(2);
  });

  it('refuses a scope of another county, or one that does not fit the role', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    expect(errorCode(await county.as('admin')('appointments', 'invite', { role: 'captain', scopeId: other.buildings['幸福里社区/1号楼'] }))).toBe('VALIDATION');
    expect(errorCode(await county.as('admin')('appointments', 'invite', { role: 'captain', scopeId: county.communities['幸福里社区'] }))).toBe('VALIDATION');
    expect(errorCode(await county.as('admin')('appointments', 'invite', { role: 'resident', scopeId: county.countyId }))).toBe('VALIDATION');
    expect(await invitationsOf(county)).toEqual([]);
  });

  it('gives one grant when twenty people accept one invitation at once, and answers the same person\'s twenty taps with the post they hold; a captain\'s invitation with a room gives one binding too', async () => {
    const county = await seedCounty(t.db);
    const inv = await invitation(county, 'admin', 'inspector', county.countyId);
    const { invitation: preview } = data<any>(await stranger(county)('appointments', 'open', { code: inv.code }));

    const people = await addPeople(county, 20);
    const answers = await Promise.all(people.map((p) => p.call('appointments', 'accept', { invitationId: preview.id, secret: inv.code })));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).map(errorCode)).toEqual(Array(19).fill('CONFLICT'));
    const grants = await t.db.selectFrom('roleGrants').select('userId').where('countyId', '=', county.countyId).where('role', '=', 'inspector').where('userId', '!=', county.people.inspector.userId).execute();
    expect(grants).toHaveLength(1);

    const second = await invitation(county, 'admin', 'inspector', county.countyId);
    const phone = stranger(county);
    const taps = await Promise.all(Array.from({ length: 20 }, () => phone('appointments', 'accept', { invitationId: second.id, secret: second.code })));
    expect(taps.every((a) => a.ok)).toBe(true);
    expect(taps.filter((a) => a.ok && !(a.data as any).alreadyHeld)).toHaveLength(1);
    expect(await t.db.selectFrom('users').select('id').where('openid', 'like', `${county.openidPrefix}new-%`).execute()).toHaveLength(1);
    expect(await t.db.selectFrom('roleGrants').select('id').where('countyId', '=', county.countyId).where('role', '=', 'inspector').where('userId', '!=', county.people.inspector.userId).execute()).toHaveLength(2);

    // A captain's invitation naming a room: twenty people racing give one captain, bound once.
    const building = county.buildings['新华社区/2号楼'];
    const room = county.households['新华社区/2号楼/1单元/101'];
    const captainInv = data<{ id: string; code: string }>(await county.as('admin')('appointments', 'invite', { role: 'captain', scopeId: building, householdId: room }));
    const racers = await addPeople(county, 20);
    const raced = await Promise.all(racers.map((p) => p.call('appointments', 'accept', { invitationId: captainInv.id, secret: captainInv.code })));
    expect(raced.filter((a) => a.ok)).toHaveLength(1);
    expect(await t.db.selectFrom('roleGrants').select('id').where('role', '=', 'captain').where('scopeId', '=', building).execute()).toHaveLength(1);
    expect(await t.db.selectFrom('householdRequests').select('id').where('householdId', '=', room).where('status', '=', 'approved').execute()).toHaveLength(1);

    // One person's twenty taps picking their room: one binding.
    const pickInv = data<{ id: string; code: string }>(await county.as('admin')('appointments', 'invite', { role: 'captain', scopeId: county.buildings['新华社区/3号楼'] }));
    const picked = county.households['新华社区/3号楼/2单元/502'];
    const captainPhone = stranger(county);
    const pickTaps = await Promise.all(Array.from({ length: 20 }, () => captainPhone('appointments', 'accept', { invitationId: pickInv.id, secret: pickInv.code, householdId: picked })));
    expect(pickTaps.every((a) => a.ok)).toBe(true);
    expect(pickTaps.filter((a) => a.ok && !(a.data as any).alreadyHeld)).toHaveLength(1);
    expect(await t.db.selectFrom('householdRequests').select('id').where('householdId', '=', picked).execute()).toHaveLength(1);
  });

  it('stops a person guessing codes after ten wrong ones in a Beijing day, even for a right code; the next day opens again', async () => {
    const clock = movableClock('2026-12-05T02:00:00Z');
    const county = await seedCounty(t.db, { clock: clock.clock });
    const inv = await invitation(county, 'admin', 'inspector', county.countyId);
    const guesser = stranger(county);
    const wrong = inv.code === '123456' ? '654321' : '123456';
    const left: number[] = [];
    for (let i = 0; i < 10; i++) left.push(data<any>(await guesser('appointments', 'open', { code: wrong })).attemptsLeft);
    expect(left).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(errorCode(await guesser('appointments', 'open', { code: inv.code }))).toBe('RATE_LIMITED');
    clock.set('2026-12-05T16:01:00Z'); // 00:01 the next Beijing day
    expect(data<any>(await guesser('appointments', 'open', { code: inv.code })).found).toBe(true);
  });

  it('refuses an invitation that expired, was withdrawn, or was taken; a person of another county; and a child\'s account', async () => {
    const clock = movableClock('2026-12-05T02:00:00Z');
    const county = await seedCounty(t.db, { clock: clock.clock });
    const other = await seedCounty(t.db, { clock: clock.clock });
    const inspector = () => invitation(county, 'admin', 'inspector', county.countyId);

    const fromElsewhere = await inspector();
    expect(data<any>(await other.as('resident')('appointments', 'open', { code: fromElsewhere.code })).invitation.blockedBecause).toContain('青禾县');
    expect(errorCode(await other.as('resident')('appointments', 'accept', { invitationId: fromElsewhere.id, secret: fromElsewhere.code }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('minor')('appointments', 'accept', { invitationId: fromElsewhere.id, secret: fromElsewhere.code }))).toBe('FORBIDDEN');

    const withdrawn = await inspector();
    data(await county.as('admin')('appointments', 'cancel', { invitationId: withdrawn.id }));
    expect(errorCode(await stranger(county)('appointments', 'accept', { invitationId: withdrawn.id, secret: withdrawn.code }))).toBe('CLOSED');

    const stale = await inspector();
    clock.advanceHours(7 * 24 + 1);
    expect(data<any>(await stranger(county)('appointments', 'open', { token: tokenOf(stale.path) })).invitation.state).toBe('expired');
    expect(errorCode(await stranger(county)('appointments', 'accept', { invitationId: stale.id, secret: stale.code }))).toBe('CLOSED');
    expect(await t.db.selectFrom('roleGrants').select('id').where('countyId', '=', county.countyId).where('role', '=', 'inspector').where('userId', '!=', county.people.inspector.userId).execute()).toEqual([]);
  });

  it('lets staff take back a captain of their community with a reason: the role stops at the next call, the person is told, the audit keeps why', async () => {
    const county = await seedCounty(t.db);
    const view = data<any>(await county.as('staff')('appointments', 'holders', {}));
    const captain = view.holders.find((h: any) => h.role === 'captain');
    expect(captain).toMatchObject({ userName: '李桂芳', scopeName: '幸福里社区 1号楼', canRevoke: true });
    expect(view.holders.map((h: any) => h.role).sort()).toEqual(['captain', 'staff']);

    expect(errorCode(await county.as('captain')('appointments', 'revoke', { grantId: captain.grantId, reason: '换人' }))).toBe('FORBIDDEN');
    data(await county.as('staff')('appointments', 'revoke', { grantId: captain.grantId, reason: '本人搬家，另请他人' }));
    expect(await rolesOf(county, county.people.captain.userId)).toEqual([`resident@${county.countyId}`]);
    expect(errorCode(await county.as('captain')('households', 'captainQueue', { status: 'pending' }))).toBe('FORBIDDEN');
    const [news] = data<any[]>(await county.as('captain')('inbox', 'list', {}));
    expect(news.body).toBe('您的“幸福里社区 1号楼楼长”职务已撤销。原因：本人搬家，另请他人。');
    const audit = await t.db.selectFrom('auditEvents').select('data').where('countyId', '=', county.countyId).where('action', '=', 'appointment.revoke').executeTakeFirstOrThrow();
    expect(audit.data).toMatchObject({ reason: '本人搬家，另请他人', userId: county.people.captain.userId });
  });

  it('never takes away the county\'s last admin, even when two admins take each other\'s post at once', async () => {
    const county = await seedCounty(t.db);
    const only = data<any>(await county.as('admin')('appointments', 'holders', {})).holders.find((h: any) => h.role === 'admin');
    expect(only.canRevoke).toBe(false);
    expect(errorCode(await county.as('admin')('appointments', 'revoke', { grantId: only.grantId, reason: '退休了' }))).toBe('CONFLICT');

    const second = await invitation(county, 'admin', 'admin', county.countyId);
    const phone = stranger(county);
    data(await phone('appointments', 'accept', { invitationId: second.id, secret: second.code }));
    const admins = data<any>(await county.as('admin')('appointments', 'holders', {})).holders.filter((h: any) => h.role === 'admin');
    expect(admins).toHaveLength(2);
    const [mine, theirs] = [admins.find((h: any) => h.userName === '吴敏'), admins.find((h: any) => h.userName !== '吴敏')];
    const answers = await Promise.all([
      county.as('admin')('appointments', 'revoke', { grantId: theirs.grantId, reason: '岗位调整' }),
      phone('appointments', 'revoke', { grantId: mine.grantId, reason: '岗位调整' }),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    const left = await t.db.selectFrom('roleGrants').select('id').where('countyId', '=', county.countyId).where('role', '=', 'admin').execute();
    expect(left).toHaveLength(1);
  });

  it('shows staff only the posts and open invitations of their community, and the codes only to those who may see them', async () => {
    const county = await seedCounty(t.db);
    const mine = await invitation(county, 'staff', 'captain', county.buildings['幸福里社区/3号楼']);
    await invitation(county, 'admin', 'captain', county.buildings['和平社区/1号楼']);
    const staffView = data<any>(await county.as('staff')('appointments', 'holders', {}));
    expect(staffView.invitations.map((i: any) => i.id)).toEqual([mine.id]);
    expect(staffView.invitations[0]).toMatchObject({ roleLabel: '楼长', scopeName: '幸福里社区 3号楼', code: mine.code, createdBy: '孙丽' });
    const adminView = data<any>(await county.as('admin')('appointments', 'holders', {}));
    expect(adminView.invitations).toHaveLength(2);
    expect(errorCode(await county.as('captain')('appointments', 'holders', {}))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('resident')('appointments', 'holders', {}))).toBe('FORBIDDEN');
  });

  it('offers an admin every post of the county, staff the captains and staff of their communities, and others nothing', async () => {
    const county = await seedCounty(t.db);
    const admin = data<any>(await county.as('admin')('appointments', 'options', {}));
    expect(admin.roles.map((r: any) => r.role)).toEqual(['admin', 'staff', 'captain', 'handler', 'team_lead', 'inspector', 'station', 'area_lead']);
    expect(admin.areas.map((a: any) => a.name).sort()).toEqual(['城东片区', '城西片区']);
    expect(admin.stations).toEqual([{ id: county.stationId, name: '幸福里新时代文明实践站' }]);
    expect(admin.communities).toHaveLength(4);
    expect(admin.teams).toHaveLength(18);
    const staff = data<any>(await county.as('staff')('appointments', 'options', {}));
    expect(staff).toMatchObject({ roles: [{ role: 'captain' }, { role: 'staff' }], communities: [{ name: '幸福里社区' }], departments: [], teams: [] });
    expect(data<any>(await county.as('resident')('appointments', 'options', {})).roles).toEqual([]);
  });
});
