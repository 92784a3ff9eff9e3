import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

const room = (county: { households: Record<string, string> }, place: string) => county.households[place];

describe('binding a resident to a household', () => {
  it('goes to the building captain, who approves it; the resident then lives there', async () => {
    const county = await seedCounty(t.db);
    const householdId = room(county, '幸福里社区/1号楼/2单元/402');
    const request = data<any>(await county.as('resident')('households', 'requestBinding', { householdId, relation: 'tenant' }));
    expect(request.status).toBe('pending');

    const pending = data<any>(await county.as('resident')('households', 'myBinding'));
    expect(pending.pending).toMatchObject({ label: '幸福里社区 1号楼 2单元 402', status: 'pending', relation: 'tenant' });
    expect(pending.current).toBeNull();

    const queue = data<any[]>(await county.as('captain')('households', 'captainQueue', { status: 'pending' }));
    expect(queue).toEqual([expect.objectContaining({ requestId: request.requestId, applicantName: '张秀兰', householdLabel: '幸福里社区 1号楼 2单元 402' })]);

    expect(data<any>(await county.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'approve' })).status).toBe('approved');
    const me = data<any>(await county.as('resident')('identity', 'me'));
    expect(me.household).toMatchObject({ id: householdId, communityName: '幸福里社区' });
    expect(data<any[]>(await county.as('captain')('households', 'captainQueue', { status: 'pending' }))).toEqual([]);
    expect(data<any[]>(await county.as('captain')('households', 'captainQueue', { status: 'decided' }))[0]).toMatchObject({ status: 'approved' });
  });

  it('tells the resident why a rejection happened; a rejection needs a reason', async () => {
    const county = await seedCounty(t.db);
    const request = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: room(county, '幸福里社区/1号楼/1单元/501'), relation: 'owner' }));
    const noReason = await county.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'reject' });
    expect(errorCode(noReason)).toBe('VALIDATION');
    data(await county.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'reject', reason: '该户登记的业主不是您，请核对房号' }));
    const mine = data<any>(await county.as('resident')('households', 'myBinding'));
    expect(mine.current).toBeNull();
    expect(mine.lastDecision).toMatchObject({ status: 'rejected', reason: '该户登记的业主不是您，请核对房号' });
  });

  it('is decided once: a second decision is a conflict and changes nothing', async () => {
    const county = await seedCounty(t.db);
    const request = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: room(county, '幸福里社区/1号楼/1单元/502'), relation: 'owner' }));
    const both = await Promise.all([
      county.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'approve' }),
      county.as('staff')('households', 'decide', { requestId: request.requestId, decision: 'reject', reason: '重复' }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(1);
  });

  it('allows one open request at a time, even when two are sent at once', async () => {
    const county = await seedCounty(t.db);
    const results = await Promise.all(
      ['601', '602', '501'].map((r) =>
        county.as('resident')('households', 'requestBinding', { householdId: room(county, `幸福里社区/1号楼/1单元/${r}`), relation: 'owner' }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(2);
  });

  it('moves a resident: approving a new home ends the old one', async () => {
    const county = await seedCounty(t.db);
    const newHome = room(county, '幸福里社区/1号楼/2单元/202');
    const request = data<any>(await county.as('guardian')('households', 'requestBinding', { householdId: newHome, relation: 'owner' }));
    data(await county.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'approve' }));
    const homes = await t.db.selectFrom('householdRequests').select(['householdId', 'status']).where('userId', '=', county.people.guardian.userId).execute();
    expect(homes.filter((h) => h.status === 'approved')).toEqual([{ householdId: newHome, status: 'approved' }]);
    expect(homes.filter((h) => h.status === 'left')).toHaveLength(1);
    // The old approval still says who approved it, when and as what; the move is its own event.
    const old = await t.db.selectFrom('householdRequests').selectAll().where('userId', '=', county.people.guardian.userId).where('status', '=', 'left').executeTakeFirstOrThrow();
    expect(old).toMatchObject({ decidedRole: 'captain', endedBy: county.people.captain.userId });
    expect(old.decidedBy).toBeNull(); // as the seed left it: the move did not rewrite who approved
    const audit = await t.db.selectFrom('auditEvents').select(['action', 'actorId']).where('subjectId', '=', old.id).execute();
    expect(audit).toEqual([{ action: 'household.left', actorId: county.people.captain.userId }]);
  });

  it('cannot be withdrawn once decided', async () => {
    const county = await seedCounty(t.db);
    const request = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: room(county, '幸福里社区/1号楼/1单元/202'), relation: 'owner' }));
    data(await county.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'approve' }));
    expect(errorCode(await county.as('resident')('households', 'cancelRequest', { requestId: request.requestId }))).toBe('CONFLICT');
  });

  it('can be withdrawn by the resident while pending', async () => {
    const county = await seedCounty(t.db);
    const request = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: room(county, '和平社区/1号楼/1单元/101'), relation: 'family' }));
    expect(errorCode(await county.as('guardian')('households', 'cancelRequest', { requestId: request.requestId }))).toBe('NOT_FOUND');
    data(await county.as('resident')('households', 'cancelRequest', { requestId: request.requestId }));
    expect(data<any>(await county.as('resident')('households', 'myBinding')).pending).toBeNull();
  });
});

describe('who may decide a binding', () => {
  it('refuses a captain of another building, and hides the request from their queue', async () => {
    const county = await seedCounty(t.db);
    const request = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: room(county, '幸福里社区/2号楼/1单元/101'), relation: 'owner' }));
    expect(data<any[]>(await county.as('captain')('households', 'captainQueue', { status: 'pending' }))).toEqual([]);
    expect(errorCode(await county.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'approve' }))).toBe('FORBIDDEN');
    // The community's staff cover every building of their community.
    expect(data<any>(await county.as('staff')('households', 'decide', { requestId: request.requestId, decision: 'approve' })).status).toBe('approved');
  });

  it("lists for a community's staff the requests of every building of their community, and none of another community", async () => {
    const county = await seedCounty(t.db);
    const ours = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: room(county, '幸福里社区/2号楼/1单元/101'), relation: 'owner' }));
    data(await county.as('guardian')('households', 'requestBinding', { householdId: room(county, '和平社区/1号楼/1单元/101'), relation: 'owner' }));
    const queue = data<any[]>(await county.as('staff')('households', 'captainQueue', { status: 'pending' }));
    expect(queue).toEqual([expect.objectContaining({ requestId: ours.requestId, applicantName: '张秀兰', householdLabel: '幸福里社区 2号楼 1单元 101', status: 'pending' })]);
    expect(data<any[]>(await county.as('captain')('households', 'captainQueue', { status: 'pending' }))).toEqual([]);
  });

  it('refuses residents, volunteers, handlers and staff of another community', async () => {
    const county = await seedCounty(t.db);
    const request = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: room(county, '和平社区/1号楼/1单元/101'), relation: 'owner' }));
    for (const who of ['guardian', 'volunteer', 'handler', 'staff', 'captain', 'minor'] as const) {
      expect(errorCode(await county.as(who)('households', 'decide', { requestId: request.requestId, decision: 'approve' }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await county.as('resident')('households', 'captainQueue', {}))).toBe('FORBIDDEN');
  });

  it('refuses a captain deciding their own request', async () => {
    const county = await seedCounty(t.db);
    const request = data<any>(await county.as('captain')('households', 'requestBinding', { householdId: room(county, '幸福里社区/1号楼/1单元/101'), relation: 'owner' }));
    expect(errorCode(await county.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'approve' }))).toBe('FORBIDDEN');
  });

  it('does not reach into another county', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    expect(errorCode(await other.as('resident')('households', 'requestBinding', { householdId: room(county, '幸福里社区/1号楼/1单元/101'), relation: 'owner' }))).toBe('NOT_FOUND');
    const request = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: room(county, '幸福里社区/1号楼/1单元/101'), relation: 'owner' }));
    expect(errorCode(await other.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'approve' }))).toBe('NOT_FOUND');
  });

  it('records who decided and in which role', async () => {
    const county = await seedCounty(t.db);
    const request = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: room(county, '幸福里社区/1号楼/1单元/102'), relation: 'owner' }));
    data(await county.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'approve' }));
    const row = await t.db.selectFrom('householdRequests').selectAll().where('id', '=', request.requestId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ decidedBy: county.people.captain.userId, decidedRole: 'captain', status: 'approved' });
  });
});

describe('a binding waiting on the captain', () => {
  it('shows as 等待楼长审核 on 我的 and in 首页 to-do, not as "bind your home"; decided, it goes away', async () => {
    const county = await seedCounty(t.db);
    const request = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: county.households['幸福里社区/1号楼/1单元/501'], relation: 'tenant' }));
    expect(data<any>(await county.as('resident')('identity', 'me', {}))).toMatchObject({ household: null, pendingHousehold: { label: '幸福里社区 1号楼 1单元 501' } });
    const todo = data<any[]>(await county.as('resident')('campaign', 'todo', {}));
    expect(todo.map((i) => i.kind)).toContain('binding_pending');
    expect(todo.map((i) => i.kind)).not.toContain('bind');
    expect(todo.find((i) => i.kind === 'binding_pending').title).toBe('等待楼长审核：幸福里社区 1号楼 1单元 501');
    data(await county.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'approve' }));
    expect(data<any>(await county.as('resident')('identity', 'me', {}))).toMatchObject({ household: { label: '幸福里社区 1号楼 1单元 501' }, pendingHousehold: null });
    expect(data<any[]>(await county.as('resident')('campaign', 'todo', {})).map((i) => i.kind)).not.toContain('binding_pending');
  });
});

describe('what the captain sees of who asks', () => {
  it('the full name and, while it waits, the phone they gave; once decided, no phone', async () => {
    const county = await seedCounty(t.db);
    await t.db.updateTable('users').set({ phone: '13800002222' }).where('id', '=', county.people.resident.userId).execute();
    const request = data<any>(await county.as('resident')('households', 'requestBinding', { householdId: county.households['幸福里社区/1号楼/1单元/501'], relation: 'tenant' }));
    const [waiting] = data<any[]>(await county.as('captain')('households', 'captainQueue', { status: 'pending' }));
    expect(waiting).toMatchObject({ applicantName: '张秀兰', applicantPhone: '13800002222', relation: 'tenant' });
    data(await county.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'approve' }));
    const [decided] = data<any[]>(await county.as('captain')('households', 'captainQueue', { status: 'decided' }));
    expect(decided.applicantName).toBe('张秀兰');
    expect(decided).not.toHaveProperty('applicantPhone');
  });
});
