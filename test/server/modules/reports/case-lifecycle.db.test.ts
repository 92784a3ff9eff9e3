import { sweepCases } from '../../../../server/modules/reports/use-cases/sweep-cases';
import { addPerson, data, errorCode, seedCounty, TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { assignedCase, fileReport, fixedCase, movableClock, TINY_JPEG, uploadPhotos } from './report-fixtures';

const t = useTestDatabase();

/** One scheduler pass over this county only (other tests' counties share the database). */
function sweep(county: TestCounty) {
  return sweepCases(t.db, county.runtime.clock.now(), { countyId: county.countyId });
}

async function eventTypes(reportId: string): Promise<string[]> {
  const rows = await t.db.selectFrom('reportEvents').select('type').where('reportId', '=', reportId).orderBy('seq').execute();
  return rows.map((r) => r.type);
}

describe('a 随手拍 case from report to rating', () => {
  it('goes submitted → accepted+assigned (routing defaults) → in progress → fixed → confirmed and closed → rated, telling the reporter each step', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);

    const staffView = data<any>(await county.as('staff')('reports', 'detail', { reportId }));
    expect(staffView.actions).toEqual(expect.arrayContaining(['accept', 'reject', 'markDuplicate', 'assign']));
    expect(staffView.routed).toMatchObject({ department: '县城市管理局' });

    const assigned = data<any>(await county.as('staff')('reports', 'assign', { reportId }));
    expect(assigned).toMatchObject({ status: 'assigned', statusLabel: '已派单' });
    expect(await eventTypes(reportId)).toEqual(['submitted', 'accepted', 'assigned']);

    const queue = data<any[]>(await county.as('handler')('reports', 'handlerQueue', {}));
    expect(queue.map((c) => c.id)).toEqual([reportId]);
    expect(queue[0]).toMatchObject({ department: '县城市管理局', overdue: false });

    data(await county.as('handler')('reports', 'start', { reportId }));
    const after = await uploadPhotos(county, 'handler', 2);
    data(await county.as('handler')('reports', 'fix', { reportId, note: '已清运垃圾并冲洗路面', photos: after }));

    const mine = data<any>(await county.as('guardian')('reports', 'detail', { reportId }));
    expect(mine).toMatchObject({ status: 'fixed', statusLabel: '已整改', afterPhotos: after, isMine: true });
    expect(mine.actions).toEqual(expect.arrayContaining(['confirm', 'dispute', 'rate']));
    expect(mine.disputeUntil).not.toBeNull();
    expect(mine.timeline.map((e: any) => e.by)).toEqual(['反映人', '幸福里社区', '幸福里社区', '县城市管理局', '县城市管理局']);
    expect(mine.timeline.at(-1)).toMatchObject({ label: '整改完成', note: '已清运垃圾并冲洗路面', photos: after });

    expect(data<any>(await county.as('guardian')('reports', 'confirm', { reportId }))).toMatchObject({ status: 'closed' });
    data(await county.as('guardian')('reports', 'rate', { reportId, rating: 5, comment: '处理得很快' }));
    expect(await eventTypes(reportId)).toEqual(['submitted', 'accepted', 'assigned', 'started', 'fixed', 'confirmed', 'closed', 'rated']);

    const inbox = data<any[]>(await county.as('guardian')('inbox', 'list', {}));
    expect(inbox.map((m) => m.title)).toEqual(
      expect.arrayContaining(['您反映的问题已派单', '您反映的问题正在处理', '您反映的问题已整改，请确认']),
    );
    // Their own confirmation is not news to them.
    expect(inbox.map((m) => m.title)).not.toContain('您反映的问题已办结');
    const handlerInbox = data<any[]>(await county.as('handler')('inbox', 'list', {}));
    expect(handlerInbox.map((m) => m.title)).toContain('新工单');

    const board = data<any[]>(await county.as('admin')('reports', 'scoreboard', {}));
    expect(board.find((r) => r.department === '县城市管理局')).toMatchObject({ received: 1, fixed: 1, fixedOnTime: 1, overdue: 0, satisfaction: 5, rated: 1 });
    expect(board.find((r) => r.department === '县城市管理局').medianHoursToFix).toBeGreaterThanOrEqual(0);

    const gallery = data<any[]>(await county.as('resident')('reports', 'gallery', {}));
    expect(gallery).toEqual([expect.objectContaining({ id: reportId, after: after[0], rating: 5, department: '县城市管理局' })]);
  });

  it('lets staff assign elsewhere only with a reason, and keeps what the rule proposed', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);
    const police = county.departments['县公安局交警大队'];
    const refused = await county.as('staff')('reports', 'assign', { reportId, departmentId: police });
    expect(errorCode(refused)).toBe('VALIDATION');
    expect(await eventTypes(reportId)).toEqual(['submitted']);

    data(await county.as('staff')('reports', 'assign', { reportId, departmentId: police, reason: '垃圾堆在机动车道上，影响通行' }));
    const assigned = await t.db.selectFrom('reportEvents').select(['data', 'departmentId']).where('reportId', '=', reportId).where('type', '=', 'assigned').executeTakeFirstOrThrow();
    expect(assigned.departmentId).toBe(police);
    expect(assigned.data).toMatchObject({ routed: { departmentId: county.departments['县城市管理局'] }, reason: '垃圾堆在机动车道上，影响通行' });
  });

  it('sends a returned case back to staff unassigned, with the reason on the timeline', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);
    await assignedCase(county, reportId);
    data(await county.as('handler')('reports', 'return', { reportId, reason: '该路段属于住建局管养' }));
    const view = data<any>(await county.as('staff')('reports', 'detail', { reportId }));
    expect(view).toMatchObject({ status: 'accepted', department: null, deadline: null });
    expect(view.timeline.at(-1)).toMatchObject({ label: '退回：不属于本单位', note: '该路段属于住建局管养', by: '县城市管理局' });
    const waiting = data<any[]>(await county.as('staff')('reports', 'staffQueue', { filter: 'waiting' }));
    expect(waiting.map((c) => c.id)).toContain(reportId);
    expect(data<any[]>(await county.as('handler')('reports', 'handlerQueue', {}))).toEqual([]);
  });

  it('reopens a disputed fix for staff to assign again, with a fresh deadline', async () => {
    const { clock, advanceHours } = movableClock('2026-11-20T02:00:00Z');
    const county = await seedCounty(t.db, { clock });
    const reportId = await fileReport(county);
    await fixedCase(county, reportId);
    advanceHours(48);
    const evidence = await uploadPhotos(county, 'guardian', 1);
    expect(data<any>(await county.as('guardian')('reports', 'dispute', { reportId, reason: '只清理了一半，墙角还有', photos: evidence }))).toMatchObject({ status: 'reopened' });
    expect(await eventTypes(reportId)).toEqual(['submitted', 'accepted', 'assigned', 'fixed', 'disputed', 'reopened']);

    data(await county.as('staff')('reports', 'assign', { reportId }));
    const view = data<any>(await county.as('handler')('reports', 'detail', { reportId }));
    // The clock runs from the reassignment, not from the first report (24 h for littering).
    expect(view.deadline).toBe(new Date(Date.parse('2026-11-22T02:00:00Z') + 24 * 3_600_000).toISOString());
    expect(view.overdue).toBe(false);
  });

  it('refuses to confirm or dispute a fix more than 7 days old, and the scheduler then closes it', async () => {
    const { clock, advanceHours } = movableClock('2026-11-01T02:00:00Z');
    const county = await seedCounty(t.db, { clock });
    const reportId = await fileReport(county);
    await fixedCase(county, reportId);
    advanceHours(7 * 24 + 1);
    for (const [action, input] of [['confirm', {}], ['dispute', { reason: '没有修好' }]] as const) {
      const refused = await county.as('guardian')('reports', action, { reportId, ...input });
      expect(errorCode(refused)).toBe('CONFLICT');
    }
    expect(await sweep(county)).toEqual({ escalated: 0, closed: 1 });
    expect(data<any>(await county.as('guardian')('reports', 'detail', { reportId })).status).toBe('closed');
    // Still possible afterwards: a rating.
    data(await county.as('guardian')('reports', 'rate', { reportId, rating: 3 }));
  });

  it('makes a duplicate\'s reporter and followers follow the original', async () => {
    const county = await seedCounty(t.db);
    const original = await fileReport(county, 'guardian');
    const duplicate = await fileReport(county, 'captain');
    data(await county.as('volunteer')('reports', 'meToo', { reportId: duplicate }));
    data(await county.as('staff')('reports', 'markDuplicate', { reportId: duplicate, duplicateOf: original }));
    const followers = await t.db.selectFrom('reportFollowers').select('userId').where('reportId', '=', original).execute();
    expect(followers.map((f) => f.userId).sort()).toEqual([county.people.captain.userId, county.people.volunteer.userId].sort());
    expect(data<any>(await county.as('captain')('reports', 'detail', { reportId: duplicate }))).toMatchObject({ status: 'duplicate', duplicateOf: original });
    expect(errorCode(await county.as('staff')('reports', 'markDuplicate', { reportId: original, duplicateOf: original }))).toBe('VALIDATION');
  });

  it('keeps a rejected report between the reporter and staff', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);
    data(await county.as('staff')('reports', 'reject', { reportId, reason: '照片中的地点不在本县' }));
    expect(data<any>(await county.as('guardian')('reports', 'detail', { reportId })).timeline.at(-1)).toMatchObject({ note: '照片中的地点不在本县' });
    expect(errorCode(await county.as('resident')('reports', 'detail', { reportId }))).toBe('NOT_FOUND');
    expect(errorCode(await county.as('handler')('reports', 'detail', { reportId }))).toBe('NOT_FOUND');
  });
});

describe('the workflow refuses what is not allowed and changes nothing', () => {
  it('refuses an illegal transition (fixing a case nobody assigned) as CONFLICT', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);
    data(await county.as('staff')('reports', 'accept', { reportId }));
    const photos = await uploadPhotos(county, 'handler', 1);
    // Not assigned to anyone: the handler has no standing at all.
    expect(errorCode(await county.as('handler')('reports', 'fix', { reportId, note: '已处理', photos }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('staff')('reports', 'accept', { reportId }))).toBe('CONFLICT');
    expect(errorCode(await county.as('guardian')('reports', 'confirm', { reportId }))).toBe('CONFLICT');
    expect(errorCode(await county.as('guardian')('reports', 'rate', { reportId, rating: 4 }))).toBe('CONFLICT');
    expect(await eventTypes(reportId)).toEqual(['submitted', 'accepted']);
  });

  it('lets only staff of the report\'s community (or the command centre) review it', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);
    const elsewhere = await addPerson(county, '邻社区网格员', 'staff', 'community', county.communities['和平社区']);
    for (const caller of [elsewhere.call, county.as('guardian'), county.as('handler'), county.as('captain')]) {
      expect(errorCode(await caller('reports', 'accept', { reportId }))).toBe('FORBIDDEN');
      expect(errorCode(await caller('reports', 'assign', { reportId }))).toBe('FORBIDDEN');
      expect(errorCode(await caller('reports', 'reject', { reportId, reason: '不归我们管' }))).toBe('FORBIDDEN');
    }
    expect(data<any[]>(await elsewhere.call('reports', 'staffQueue', {}))).toEqual([]);
    expect(errorCode(await county.as('guardian')('reports', 'staffQueue', {}))).toBe('FORBIDDEN');
    // The command centre may step in.
    data(await county.as('admin')('reports', 'accept', { reportId }));
    expect(await eventTypes(reportId)).toEqual(['submitted', 'accepted']);
  });

  it('lets only the assigned department handle a case', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);
    await assignedCase(county, reportId);
    const otherDept = await addPerson(county, '住建局办事员', 'handler', 'department', county.departments['县住房和城乡建设局']);
    const photos = await uploadPhotos(county, 'handler', 1);
    for (const caller of [otherDept.call, county.as('staff'), county.as('guardian'), county.as('admin')]) {
      expect(errorCode(await caller('reports', 'start', { reportId }))).toBe('FORBIDDEN');
      expect(errorCode(await caller('reports', 'return', { reportId, reason: '不归我们管' }))).toBe('FORBIDDEN');
    }
    expect(data<any[]>(await otherDept.call('reports', 'handlerQueue', {}))).toEqual([]);
    expect(errorCode(await county.as('guardian')('reports', 'handlerQueue', {}))).toBe('FORBIDDEN');
    // The right department, but someone else's photos.
    const stolen = await uploadPhotos(county, 'guardian', 1);
    expect(errorCode(await county.as('handler')('reports', 'fix', { reportId, note: '已处理', photos: stolen }))).toBe('FORBIDDEN');
    expect(await eventTypes(reportId)).toEqual(['submitted', 'accepted', 'assigned']);
    data(await county.as('handler')('reports', 'fix', { reportId, note: '已处理', photos }));
  });

  it('lets only the reporter confirm, dispute and rate', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);
    await fixedCase(county, reportId);
    for (const caller of [county.as('resident'), county.as('staff'), county.as('handler'), county.as('admin')]) {
      expect(errorCode(await caller('reports', 'confirm', { reportId }))).toBe('FORBIDDEN');
      expect(errorCode(await caller('reports', 'dispute', { reportId, reason: '没修好' }))).toBe('FORBIDDEN');
      expect(errorCode(await caller('reports', 'rate', { reportId, rating: 1 }))).toBe('FORBIDDEN');
    }
    data(await county.as('guardian')('reports', 'rate', { reportId, rating: 4 }));
    expect(errorCode(await county.as('guardian')('reports', 'rate', { reportId, rating: 5 }))).toBe('CONFLICT');
  });

  it('lets only the command centre see overdue cases and escalate', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);
    for (const caller of [county.as('staff'), county.as('handler'), county.as('guardian')]) {
      expect(errorCode(await caller('reports', 'overdue', {}))).toBe('FORBIDDEN');
      expect(errorCode(await caller('reports', 'escalate', { reportId }))).toBe('FORBIDDEN');
    }
  });

  it('shows every resident, a child too, the county\'s department scoreboard, and another county\'s admin only their own', async () => {
    const county = await seedCounty(t.db);
    await fileReport(county);
    const admin = data<any[]>(await county.as('admin')('reports', 'scoreboard', {}));
    for (const key of ['resident', 'minor', 'guardian'] as const) expect(data<any[]>(await county.as(key)('reports', 'scoreboard', {}))).toEqual(admin);
    const other = await seedCounty(t.db);
    const theirs = data<any[]>(await other.as('admin')('reports', 'scoreboard', {}));
    expect(theirs.map((r) => r.departmentId).some((id) => admin.some((a) => a.departmentId === id))).toBe(false);
  });

  it('never lets one county touch another county\'s case', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    const reportId = await fileReport(county);
    expect(errorCode(await other.as('admin')('reports', 'accept', { reportId }))).toBe('NOT_FOUND');
    expect(errorCode(await other.as('resident')('reports', 'detail', { reportId }))).toBe('NOT_FOUND');
  });
});

describe('overdue cases and 督办', () => {
  it('lists a case past its deadline, escalates it once by hand, and the scheduler leaves it alone', async () => {
    const { clock, advanceHours } = movableClock('2026-11-10T02:00:00Z');
    const county = await seedCounty(t.db, { clock });
    const reportId = await fileReport(county);
    await assignedCase(county, reportId);
    expect(errorCode(await county.as('admin')('reports', 'escalate', { reportId }))).toBe('CONFLICT');
    advanceHours(25);
    const overdue = data<any[]>(await county.as('admin')('reports', 'overdue', {}));
    expect(overdue).toEqual([expect.objectContaining({ id: reportId, overdue: true, escalated: false, department: '县城市管理局' })]);
    data(await county.as('admin')('reports', 'escalate', { reportId, note: '请今天下班前处理' }));
    expect(errorCode(await county.as('admin')('reports', 'escalate', { reportId }))).toBe('CONFLICT');
    expect(await sweep(county)).toEqual({ escalated: 0, closed: 0 });
    expect((await eventTypes(reportId)).filter((type) => type === 'escalated')).toHaveLength(1);
    expect(data<any[]>(await county.as('handler')('inbox', 'list', {})).map((m) => m.title)).toContain('督办：请尽快办理');
    expect(data<any[]>(await county.as('admin')('reports', 'scoreboard', {})).find((r) => r.department === '县城市管理局')).toMatchObject({ overdue: 1, received: 1 });
  });

  it('escalates each overdue case exactly once however many scheduler passes run, even at once', async () => {
    const { clock, advanceHours } = movableClock('2026-11-12T02:00:00Z');
    const county = await seedCounty(t.db, { clock });
    const ids = [await fileReport(county, 'guardian', '乱扔垃圾'), await fileReport(county, 'guardian', '小广告/乱张贴')];
    for (const id of ids) await assignedCase(county, id);
    advanceHours(24 * 10);
    const passes = await Promise.all([sweep(county), sweep(county), sweep(county)]);
    expect(passes.reduce((sum, p) => sum + p.escalated, 0)).toBe(2);
    expect(await sweep(county)).toEqual({ escalated: 0, closed: 0 });
    for (const id of ids) expect((await eventTypes(id)).filter((type) => type === 'escalated')).toHaveLength(1);
  });
});

describe('concurrency', () => {
  it('answers every racing step on one case with success or CONFLICT, never an internal error', async () => {
    const { clock, advanceHours } = movableClock('2026-11-14T02:00:00Z');
    const county = await seedCounty(t.db, { clock });
    const reportId = await fileReport(county);
    await assignedCase(county, reportId);
    advanceHours(30);
    const photos = await uploadPhotos(county, 'handler', 1);
    const results = await Promise.all([
      county.as('handler')('reports', 'fix', { reportId, note: '已处理完毕', photos }),
      county.as('admin')('reports', 'escalate', { reportId }),
      county.as('handler')('reports', 'start', { reportId }),
      county.as('guardian')('reports', 'detail', { reportId }),
      county.as('staff')('reports', 'detail', { reportId }),
    ]);
    const swept = await sweep(county);
    for (const r of results) expect(r.ok || errorCode(r) === 'CONFLICT').toBe(true);
    // Fixed by now: nothing left for the scheduler to escalate.
    expect(swept).toEqual({ escalated: 0, closed: 0 });
    const types = await eventTypes(reportId);
    expect(types.filter((type) => type === 'escalated').length).toBeLessThanOrEqual(1);
    expect(types.filter((type) => type === 'fixed')).toHaveLength(1);
  });

  it('lets one of two handlers fixing the same case at once win; the other gets CONFLICT', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);
    await assignedCase(county, reportId);
    const colleague = await addPerson(county, '城管队员', 'handler', 'department', county.departments['县城市管理局']);
    const mine = await uploadPhotos(county, 'handler', 1);
    const theirs = data<any>(await colleague.call('files', 'upload', { data: TINY_JPEG })).ref;
    const results = await Promise.all([
      county.as('handler')('reports', 'fix', { reportId, note: '已处理完毕', photos: mine }),
      colleague.call('reports', 'fix', { reportId, note: '已处理完毕', photos: [theirs] }),
    ]);
    expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined].sort());
    expect((await eventTypes(reportId)).filter((type) => type === 'fixed')).toHaveLength(1);
    const after = await t.db.selectFrom('reportPhotos').select('fileRef').where('reportId', '=', reportId).where('stage', '=', 'after').execute();
    expect(after).toHaveLength(1);
  });
});
