import { randomUUID } from 'node:crypto';
import { data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

/** Someone WeChat has sent us for the first time: no account anywhere yet. */
const stranger = (county: TestCounty) => county.as({ openid: `${county.openidPrefix}new-${randomUUID()}` });

const IN_A_WEEK = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

async function homesOf(userId: string) {
  return t.db.selectFrom('householdRequests').select(['householdId', 'status', 'relation', 'decidedBy', 'decidedRole']).where('userId', '=', userId).orderBy('requestedAt').execute();
}

async function open(county: TestCounty, phone: ReturnType<typeof stranger>, code: string) {
  return data<any>(await phone('appointments', 'open', { code })).invitation;
}

describe('a captain\'s invitation that binds the captain to their own room in the building', () => {
  it('binds the captain to the room the inviter named as they accept: an approved binding the inviter vouches for, audited, and the building\'s notices reach them', async () => {
    const county = await seedCounty(t.db);
    const building = county.buildings['和平社区/2号楼'];
    const room = county.households['和平社区/2号楼/1单元/301'];
    const inv = data<any>(await county.as('admin')('appointments', 'invite', { role: 'captain', scopeId: building, householdId: room }));
    expect(inv.homeLabel).toBe('1单元 301');

    const phone = stranger(county);
    const preview = await open(county, phone, inv.code);
    expect(preview).toMatchObject({ roleLabel: '楼长', scopeName: '和平社区 2号楼', homeLabel: '1单元 301', rooms: [] });
    expect(data<any>(await phone('appointments', 'accept', { invitationId: preview.id, secret: inv.code }))).toEqual({ roleLabel: '楼长', scopeName: '和平社区 2号楼', alreadyHeld: false, boundHome: '和平社区 2号楼 1单元 301' });

    const me = data<any>(await phone('identity', 'me', {}));
    expect(me.household).toMatchObject({ id: room, communityName: '和平社区' });
    expect(data<any>(await phone('households', 'myBinding', {})).current).toMatchObject({ label: '和平社区 2号楼 1单元 301', relation: 'owner' });
    expect(await homesOf(me.user.id)).toEqual([{ householdId: room, status: 'approved', relation: 'owner', decidedBy: county.people.admin.userId, decidedRole: 'inviter' }]);
    const audit = await t.db.selectFrom('auditEvents').select('action').where('countyId', '=', county.countyId).where('action', 'in', ['appointment.accept', 'household.bound_by_invitation']).orderBy('at').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['appointment.accept', 'household.bound_by_invitation']);

    // Nothing waits in a review queue: the building's staff see no request, and a notice to the building reaches the new captain.
    data(await county.as('admin')('notices', 'post', { buildingId: building, title: '周六停水通知', body: '因管道检修，本周六8:00-12:00停水，请提前储水。', endsAt: IN_A_WEEK() }));
    expect(data<any[]>(await phone('notices', 'forMe', {})).map((n) => n.title)).toEqual(['周六停水通知']);
  });

  it('offers the building\'s rooms when no room was named: the captain picks theirs and is bound in the same step; a room of another building is refused and nothing is written', async () => {
    const county = await seedCounty(t.db);
    const building = county.buildings['和平社区/1号楼'];
    const inv = data<any>(await county.as('admin')('appointments', 'invite', { role: 'captain', scopeId: building }));
    expect(inv.homeLabel).toBeNull();
    const phone = stranger(county);
    const preview = await open(county, phone, inv.code);
    expect(preview.homeLabel).toBeNull();
    expect(preview.rooms).toHaveLength(24);
    expect(preview.rooms.slice(0, 3).map((r: any) => r.label)).toEqual(['1单元 101', '1单元 102', '1单元 201']);
    expect(preview.rooms[2]).toMatchObject({ unit: '1单元', room: '201' });
    expect(preview.rooms.map((r: any) => r.id)).not.toContain(county.households['和平社区/2号楼/1单元/101']);

    const elsewhere = await phone('appointments', 'accept', { invitationId: preview.id, secret: inv.code, householdId: county.households['和平社区/2号楼/1单元/101'] });
    expect(errorCode(elsewhere)).toBe('VALIDATION');
    expect(!elsewhere.ok && elsewhere.error.message).toBe('这一户不在和平社区 1号楼：楼长只能绑定自己这栋楼里的一户，请重新选择房号');
    // A failed accept writes nothing: no account, no post, the invitation still open.
    expect(await t.db.selectFrom('users').select('id').where('openid', 'like', `${county.openidPrefix}new-%`).execute()).toEqual([]);
    expect((await open(county, phone, inv.code)).state).toBe('open');

    const mine = county.households['和平社区/1号楼/2单元/602'];
    expect(data<any>(await phone('appointments', 'accept', { invitationId: preview.id, secret: inv.code, householdId: mine, relation: 'tenant' })).boundHome).toBe('和平社区 1号楼 2单元 602');
    expect(data<any>(await phone('households', 'myBinding', {})).current).toMatchObject({ label: '和平社区 1号楼 2单元 602', relation: 'tenant' });
    // Accepting again changes nothing and answers the home they have.
    const again = data<any>(await phone('appointments', 'accept', { invitationId: preview.id, secret: inv.code, householdId: county.households['和平社区/1号楼/1单元/101'] }));
    expect(again).toMatchObject({ alreadyHeld: true, boundHome: '和平社区 1号楼 2单元 602' });
    expect(await t.db.selectFrom('householdRequests').select('id').where('householdId', 'in', [mine, county.households['和平社区/1号楼/1单元/101']]).execute()).toHaveLength(1);
  });

  it('moves a resident who already lives elsewhere: their old home ends and the move they had asked for is withdrawn', async () => {
    const county = await seedCounty(t.db);
    const volunteer = county.people.volunteer.userId; // lives at 和平社区/2号楼/1单元/502
    data(await county.as('volunteer')('households', 'requestBinding', { householdId: county.households['新华社区/1号楼/1单元/101'], relation: 'owner' }));
    const inv = data<any>(await county.as('admin')('appointments', 'invite', { role: 'captain', scopeId: county.buildings['和平社区/3号楼'], householdId: county.households['和平社区/3号楼/1单元/101'] }));
    const preview = await open(county, county.as('volunteer'), inv.code);
    data(await county.as('volunteer')('appointments', 'accept', { invitationId: preview.id, secret: inv.code }));
    const homes = await homesOf(volunteer);
    expect(homes.filter((h) => h.status === 'approved').map((h) => h.householdId)).toEqual([county.households['和平社区/3号楼/1单元/101']]);
    expect(homes.filter((h) => h.status === 'left').map((h) => h.householdId)).toEqual([county.households['和平社区/2号楼/1单元/502']]);
    expect(homes.filter((h) => h.status === 'cancelled').map((h) => h.householdId)).toEqual([county.households['新华社区/1号楼/1单元/101']]);
    expect(homes.filter((h) => h.status === 'pending')).toEqual([]);
  });

  it('refuses to name a room outside the building, one beyond the inviter\'s scope, or a room on an invitation that is not a captain\'s', async () => {
    const county = await seedCounty(t.db);
    const building = county.buildings['幸福里社区/3号楼'];
    const outside = await county.as('staff')('appointments', 'invite', { role: 'captain', scopeId: building, householdId: county.households['幸福里社区/2号楼/1单元/101'] });
    expect(errorCode(outside)).toBe('VALIDATION');
    expect(!outside.ok && outside.error.message).toBe('这一户不在幸福里社区 3号楼：楼长只能绑定自己这栋楼里的一户，请重新选择房号');
    // 孙丽 is staff of 幸福里社区: a room of 和平社区 is not hers to vouch for.
    const beyond = await county.as('staff')('appointments', 'invite', { role: 'captain', scopeId: building, householdId: county.households['和平社区/1号楼/1单元/101'] });
    expect(errorCode(beyond)).toBe('FORBIDDEN');
    expect(!beyond.ok && beyond.error.message).toBe('这一户不在您负责的范围内，不能替对方绑定');
    const notCaptain = await county.as('admin')('appointments', 'invite', { role: 'staff', scopeId: county.communities['幸福里社区'], householdId: county.households['幸福里社区/1号楼/1单元/101'] });
    expect(errorCode(notCaptain)).toBe('VALIDATION');
    const noSuchRoom = await county.as('admin')('appointments', 'invite', { role: 'captain', scopeId: building, householdId: randomUUID() });
    expect(errorCode(noSuchRoom)).toBe('VALIDATION');
    expect(await t.db.selectFrom('invitations').select('id').where('countyId', '=', county.countyId).execute()).toEqual([]);

    // A room picked on accepting an invitation that is not a captain's is refused too.
    const inspector = data<any>(await county.as('admin')('appointments', 'invite', { role: 'inspector', scopeId: county.countyId }));
    const phone = stranger(county);
    expect((await open(county, phone, inspector.code)).rooms).toEqual([]);
    expect(errorCode(await phone('appointments', 'accept', { invitationId: inspector.id, secret: inspector.code, householdId: county.households['幸福里社区/1号楼/1单元/101'] }))).toBe('VALIDATION');
  });
});
