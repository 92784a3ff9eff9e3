import { randomUUID } from 'node:crypto';
import { addPeople, data, errorCode, ExtraPerson, seedCounty, TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();
const IN_A_WEEK = () => new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();
const B1 = '幸福里社区/1号楼';

/** Makes `place` the person's home now, ending any earlier one (as an approved move does). */
async function liveAt(county: TestCounty, userId: string, place: string): Promise<void> {
  const now = new Date();
  await t.db.updateTable('householdRequests').set({ status: 'left', endedAt: now, endedBy: userId }).where('userId', '=', userId).where('status', '=', 'approved').execute();
  await t.db
    .insertInto('householdRequests')
    .values({ id: randomUUID(), countyId: county.countyId, householdId: county.households[place], userId, relation: 'owner', status: 'approved', requestedAt: now, decidedAt: now, decidedRole: 'captain' })
    .execute();
}

async function unitId(county: TestCounty, unit: string): Promise<string> {
  const row = await t.db.selectFrom('units').select('id').where('buildingId', '=', county.buildings[B1]).where('name', '=', unit).executeTakeFirstOrThrow();
  return row.id;
}

async function post(county: TestCounty, overrides: Record<string, unknown> = {}) {
  return data<any>(
    await county.as('captain')('notices', 'post', { buildingId: county.buildings[B1], title: '周六停水通知', body: '因管道检修，本周六8:00-12:00停水，请提前储水。', endsAt: IN_A_WEEK(), ...overrides }),
  );
}

async function neighbour(county: TestCounty, place: string): Promise<ExtraPerson> {
  const [p] = await addPeople(county, 1, { name: '邻居' });
  await liveAt(county, p.userId, place);
  return p;
}

describe('building notices', () => {
  it('reaches only the chosen unit: a resident of that unit sees and reads it, one of another unit does not', async () => {
    const county = await seedCounty(t.db);
    const notice = await post(county, { unitIds: [await unitId(county, '1单元')] });
    expect(notice).toMatchObject({ audienceLabel: '1单元', audienceHouseholds: 12, readHouseholds: 0 });
    const other = await neighbour(county, `${B1}/2单元/501`);

    expect((data<any[]>(await county.as('guardian')('notices', 'forMe', {}))).map((n) => n.id)).toEqual([notice.id]);
    expect(data<any[]>(await other.call('notices', 'forMe', {}))).toEqual([]);
    expect(errorCode(await other.call('notices', 'read', { noticeId: notice.id }))).toBe('NOT_FOUND');
    expect(data<any[]>(await county.as('guardian')('inbox', 'list', {}))[0]).toMatchObject({ title: '楼栋通知：周六停水通知' });
    expect(data<any[]>(await other.call('inbox', 'list', {}))).toEqual([]);

    expect(data<any>(await county.as('guardian')('notices', 'read', { noticeId: notice.id }))).toMatchObject({ read: true, acknowledged: false });
    // Opening the notice is reading its news: the 消息 badge drops.
    expect(data<any>(await county.as('guardian')('inbox', 'unreadCount', {}))).toEqual({ unread: 0 });
    const [managed] = data<any[]>(await county.as('captain')('notices', 'managed', {}));
    expect(managed).toMatchObject({ id: notice.id, readHouseholds: 1 });
  });

  it('counts a household once however often and however many of its people read it at once', async () => {
    const county = await seedCounty(t.db);
    const notice = await post(county);
    const reads = await Promise.all([
      ...Array.from({ length: 10 }, () => county.as('guardian')('notices', 'read', { noticeId: notice.id })),
      ...Array.from({ length: 10 }, () => county.as('minor')('notices', 'read', { noticeId: notice.id })),
      ...Array.from({ length: 5 }, () => county.as('guardian')('notices', 'acknowledge', { noticeId: notice.id })),
    ]);
    expect(reads.filter((r) => !r.ok)).toEqual([]);
    const receipts = data<any>(await county.as('captain')('notices', 'receipts', { noticeId: notice.id }));
    expect(receipts.notice).toMatchObject({ audienceHouseholds: 24, readHouseholds: 1, acknowledgedHouseholds: 1 });
    const flat = receipts.units.flatMap((u: any) => u.households);
    expect(flat).toHaveLength(24);
    expect(flat.filter((h: any) => h.readAt)).toEqual([expect.objectContaining({ room: '301', bound: true, acknowledgedAt: expect.any(String) })]);
  });

  it('stops showing the old building\'s notices to a resident who moved', async () => {
    const county = await seedCounty(t.db);
    const notice = await post(county);
    const mover = await neighbour(county, `${B1}/1单元/502`);
    expect(data<any[]>(await mover.call('notices', 'forMe', {}))).toHaveLength(1);
    await liveAt(county, mover.userId, '幸福里社区/2号楼/1单元/502');
    expect(data<any[]>(await mover.call('notices', 'forMe', {}))).toEqual([]);
    expect(errorCode(await mover.call('notices', 'read', { noticeId: notice.id }))).toBe('NOT_FOUND');
  });

  it('lets a captain post only to buildings in their scope, and nobody else but the community\'s staff', async () => {
    const county = await seedCounty(t.db);
    const input = (building: string) => ({ buildingId: county.buildings[building], title: '楼道清理', body: '请各家把楼道杂物搬回家。', endsAt: IN_A_WEEK() });
    expect(errorCode(await county.as('captain')('notices', 'post', input('幸福里社区/2号楼')))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('guardian')('notices', 'post', input(B1)))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('staff')('notices', 'post', input('和平社区/1号楼')))).toBe('FORBIDDEN');
    expect((await county.as('staff')('notices', 'post', input('幸福里社区/2号楼'))).ok).toBe(true);
    const foreignUnit = await t.db.selectFrom('units').select('id').where('buildingId', '=', county.buildings['幸福里社区/2号楼']).executeTakeFirstOrThrow();
    expect(errorCode(await county.as('captain')('notices', 'post', { ...input(B1), unitIds: [foreignUnit.id] }))).toBe('VALIDATION');
    expect(errorCode(await county.as('captain')('notices', 'post', { ...input(B1), endsAt: '2020-01-01T00:00:00Z' }))).toBe('VALIDATION');
    const written = await t.db.selectFrom('notices').select('buildingId').where('countyId', '=', county.countyId).execute();
    expect(written).toEqual([{ buildingId: county.buildings['幸福里社区/2号楼'] }]);
    expect(errorCode(await county.as('captain')('notices', 'receipts', { noticeId: (await t.db.selectFrom('notices').select('id').where('countyId', '=', county.countyId).executeTakeFirstOrThrow()).id }))).toBe('FORBIDDEN');
  });

  it('keeps every version when a notice is edited or withdrawn, and a withdrawn one leaves residents\' lists', async () => {
    const county = await seedCounty(t.db);
    const notice = await post(county);
    const edited = data<any>(await county.as('captain')('notices', 'edit', { noticeId: notice.id, title: '周六停水通知（时间调整）', body: '改为周日8:00-12:00停水。', pinned: true, endsAt: IN_A_WEEK() }));
    expect(edited).toMatchObject({ edited: true, pinned: true });
    data(await county.as('captain')('notices', 'withdraw', { noticeId: notice.id, reason: '检修取消' }));
    expect(data<any[]>(await county.as('guardian')('notices', 'forMe', {}))).toEqual([]);
    const history = data<any[]>(await county.as('captain')('notices', 'history', { noticeId: notice.id }));
    expect(history.map((h) => [h.version, h.action, h.title])).toEqual([
      [1, 'posted', '周六停水通知'],
      [2, 'edited', '周六停水通知（时间调整）'],
      [3, 'withdrawn', '周六停水通知（时间调整）'],
    ]);
    expect(errorCode(await county.as('captain')('notices', 'edit', { noticeId: notice.id, title: '再改', body: '再改', endsAt: IN_A_WEEK() }))).toBe('CONFLICT');
  });

  it('reminds the people of unread households, once a day', async () => {
    const county = await seedCounty(t.db);
    const notice = await post(county);
    const reader = await neighbour(county, `${B1}/2单元/601`);
    data(await reader.call('notices', 'read', { noticeId: notice.id }));
    // 王建国 and 王小明 (301) have not read it; 李桂芳 (2单元/101) is not reminded of her own notice.
    expect(data<any>(await county.as('captain')('notices', 'remind', { noticeId: notice.id }))).toEqual({ households: 1, people: 2 });
    data(await county.as('captain')('notices', 'remind', { noticeId: notice.id }));
    const reminders = (await data<any[]>(await county.as('guardian')('inbox', 'list', {}))).filter((m) => m.title.startsWith('提醒'));
    expect(reminders).toHaveLength(1);
    expect((await data<any[]>(await reader.call('inbox', 'list', {}))).filter((m) => m.title.startsWith('提醒'))).toEqual([]);
  });

  it('posts once however often a retry with the same key arrives', async () => {
    const county = await seedCounty(t.db);
    const idempotencyKey = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => county.as('captain')('notices', 'post', { idempotencyKey, buildingId: county.buildings[B1], title: '周六停水通知', body: '请提前储水。', endsAt: IN_A_WEEK() })));
    expect(new Set(answers.map((a) => data<any>(a).id)).size).toBe(1);
    expect(await t.db.selectFrom('notices').select('id').where('countyId', '=', county.countyId).execute()).toHaveLength(1);
    expect(data<any[]>(await county.as('guardian')('inbox', 'list', {}))).toHaveLength(1);
  });

  it('shows pinned notices first and moves ended ones to the archive', async () => {
    const county = await seedCounty(t.db);
    const older = await post(county, { title: '置顶：文明公约', pinned: true });
    const newer = await post(county, { title: '新通知' });
    await t.db.updateTable('notices').set({ endsAt: new Date(Date.now() - 1000) }).where('id', '=', newer.id).execute();
    const latest = await post(county, { title: '最新通知' });
    expect(data<any[]>(await county.as('guardian')('notices', 'forMe', {})).map((n) => n.id)).toEqual([older.id, latest.id]);
    expect(data<any[]>(await county.as('guardian')('notices', 'forMe', { archived: true })).map((n) => n.id)).toEqual([newer.id]);
  });
});
