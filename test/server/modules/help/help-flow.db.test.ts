import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { balanceOf, escrowHolds, post, requestInput, residentsWithPoints, volunteers } from './help-fixtures';

const t = useTestDatabase();
jest.setTimeout(60_000);

describe('积分换互助: asking for help with points', () => {
  it('moves the offered points into escrow at once, and pays them to the helper when both sides confirm; the helper gains the hours', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 100);
    const [helper] = await volunteers(county, 1);
    const r = await post(county, resident, { points: 30, minutes: 90 });
    expect(r).toMatchObject({ state: 'open', points: 30, role: 'requester', can: { cancel: true, accept: false } });
    expect(await balanceOf(county, resident.userId)).toBe(70);
    expect(await escrowHolds(county)).toMatchObject({ escrow: 30, held: 30 });

    const listed = data<any[]>(await helper.call('help', 'open', {}));
    expect(listed.map((x) => x.id)).toContain(r.id);
    expect(listed.find((x) => x.id === r.id).can.accept).toBe(true);

    expect(data<any>(await helper.call('help', 'accept', { requestId: r.id }))).toMatchObject({ state: 'accepted', role: 'helper', can: { confirm: true } });
    expect(data<any>(await helper.call('help', 'confirm', { requestId: r.id }))).toMatchObject({ state: 'accepted', helperConfirmed: true, can: { confirm: false } });
    expect(await balanceOf(county, helper.userId)).toBe(0);
    expect(data<any>(await resident.call('help', 'confirm', { requestId: r.id, rating: 5 }))).toMatchObject({ state: 'done', requesterConfirmed: true });

    expect(await balanceOf(county, helper.userId)).toBe(30);
    expect(await balanceOf(county, resident.userId)).toBe(70);
    expect(await escrowHolds(county)).toEqual({ escrow: 0, held: 0, unbalancedTransfers: 0, ledgerTotal: 0 });
    expect(data<any>(await helper.call('help', 'hours', {}))).toEqual({ minutes: 90, count: 1 });
    expect(data<any>(await helper.call('help', 'mine', {}))).toMatchObject({ helpMinutes: 90, balance: 30, helped: [{ id: r.id, state: 'done' }] });
  });

  it('never lowers the recorded hours when the helper spends the points', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 50);
    const [helper] = await volunteers(county, 1);
    const r = await post(county, resident, { points: 50, minutes: 60 });
    await helper.call('help', 'accept', { requestId: r.id });
    await helper.call('help', 'confirm', { requestId: r.id });
    await resident.call('help', 'confirm', { requestId: r.id });
    // The helper spends it all on a request of their own.
    await post(county, helper, { points: 50 });
    expect(await balanceOf(county, helper.userId)).toBe(0);
    expect(data<any>(await helper.call('help', 'hours', {}))).toEqual({ minutes: 60, count: 1 });
  });

  it('gives the points back when the requester cancels before anyone accepts', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 40);
    const r = await post(county, resident, { points: 40 });
    expect(await balanceOf(county, resident.userId)).toBe(0);
    expect(data<any>(await resident.call('help', 'cancel', { requestId: r.id }))).toMatchObject({ state: 'cancelled' });
    expect(await balanceOf(county, resident.userId)).toBe(40);
    expect(await escrowHolds(county)).toEqual({ escrow: 0, held: 0, unbalancedTransfers: 0, ledgerTotal: 0 });
    expect(errorCode(await resident.call('help', 'cancel', { requestId: r.id }))).toBe('CONFLICT');
  });

  it('takes an accepted request the helper will not let go to the community through 没有进行; staff refund the requester with a reason, audited', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 40);
    const [helper] = await volunteers(county, 1);
    const r = await post(county, resident, { points: 40 });
    await helper.call('help', 'accept', { requestId: r.id });
    expect(errorCode(await resident.call('help', 'cancel', { requestId: r.id }))).toBe('VALIDATION');
    expect(data<any>(await resident.call('help', 'cancel', { requestId: r.id, reason: '家里人回来了，不用去了' }))).toMatchObject({ state: 'accepted', cancelAsked: true });
    expect(data<any>(await helper.call('help', 'answerCancel', { requestId: r.id, agree: false }))).toMatchObject({ state: 'accepted', cancelAsked: false });
    expect(data<any>(await resident.call('help', 'dispute', { requestId: r.id, reason: '家里人回来了，不用去了' }))).toMatchObject({ state: 'disputed' });
    expect(await balanceOf(county, resident.userId)).toBe(0);
    const desk = data<any[]>(await county.as('staff')('help', 'disputes', {}));
    expect(desk.map((d) => d.id)).toEqual([r.id]);
    // 工作台 counts what the list shows.
    const desks = data<any>(await county.as('staff')('campaign', 'workbench', {})).desks;
    expect(desks.find((d: any) => d.role === 'staff').tiles.find((x: any) => x.key === 'helpDisputes')).toMatchObject({ label: '互助争议', count: 1, path: '/features/help/pages/disputes/index' });
    // Staff of another community may not decide it.
    expect(errorCode(await county.as('staff')('help', 'resolve', { requestId: r.id, decision: 'refund', reason: '' }))).toBe('VALIDATION');
    const resolved = data<any>(await county.as('staff')('help', 'resolve', { requestId: r.id, decision: 'refund', reason: '双方电话确认没有去医院' }));
    expect(resolved).toMatchObject({ state: 'cancelled', resolution: 'refund' });
    expect(await balanceOf(county, resident.userId)).toBe(40);
    expect(await balanceOf(county, helper.userId)).toBe(0);
    const audit = await t.db.selectFrom('auditEvents').select(['action', 'actorId', 'data']).where('subjectId', '=', r.id).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['help.dispute', 'help.resolve']);
    expect(audit[1]).toMatchObject({ actorId: county.people.staff.userId, data: { decision: 'refund', reason: '双方电话确认没有去医院' } });
    expect(errorCode(await county.as('staff')('help', 'resolve', { requestId: r.id, decision: 'pay', reason: '再处理一次' }))).toBe('CONFLICT');
    expect(await escrowHolds(county)).toEqual({ escrow: 0, held: 0, unbalancedTransfers: 0, ledgerTotal: 0 });
  });

  it('lets staff pay the helper when the requester says "it did not happen" but it did; the hours are recorded', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 40);
    const [helper] = await volunteers(county, 1);
    const r = await post(county, resident, { points: 25, minutes: 45 });
    await helper.call('help', 'accept', { requestId: r.id });
    expect(data<any>(await resident.call('help', 'dispute', { requestId: r.id, reason: '没有人来' }))).toMatchObject({ state: 'disputed' });
    expect(errorCode(await resident.call('help', 'confirm', { requestId: r.id }))).toBe('CONFLICT');
    await county.as('staff')('help', 'resolve', { requestId: r.id, decision: 'pay', reason: '楼长看到志愿者陪她去了医院' });
    expect(await balanceOf(county, helper.userId)).toBe(25);
    expect(data<any>(await helper.call('help', 'hours', {}))).toEqual({ minutes: 45, count: 1 });
  });

  it('refuses a dispute decision from staff of another community', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 40);
    const [helper] = await volunteers(county, 1);
    const r = await post(county, resident, { communityId: county.communities['新华社区'] });
    await helper.call('help', 'accept', { requestId: r.id });
    await helper.call('help', 'dispute', { requestId: r.id, reason: '到了门口没人开门' });
    expect(errorCode(await county.as('staff')('help', 'resolve', { requestId: r.id, decision: 'pay', reason: '理由' }))).toBe('FORBIDDEN');
    expect(data<any[]>(await county.as('staff')('help', 'disputes', {}))).toEqual([]);
    expect(data<any>(await county.as('admin')('help', 'resolve', { requestId: r.id, decision: 'pay', reason: '核实过了' }))).toMatchObject({ state: 'done' });
  });

  it('lets community staff post for a named person without WeChat, paid from the county; staff act for them', async () => {
    const county = await seedCounty(t.db);
    const [helper] = await volunteers(county, 1);
    const staff = county.as('staff');
    const r = data<any>(await staff('help', 'post', requestInput(county, { forName: '刘奶奶', points: 20, minutes: 60 })));
    expect(r).toMatchObject({ requesterName: '刘奶奶', role: 'requester' });
    // Another community's named person is not this staff member's to post for.
    expect(errorCode(await staff('help', 'post', requestInput(county, { forName: '马大爷', communityId: county.communities['新华社区'] })))).toBe('FORBIDDEN');
    // Volunteers see the name masked.
    expect(data<any[]>(await helper.call('help', 'open', {})).find((x) => x.id === r.id).requesterName).toBe('刘**');
    await helper.call('help', 'accept', { requestId: r.id });
    await helper.call('help', 'confirm', { requestId: r.id });
    expect(data<any>(await staff('help', 'confirm', { requestId: r.id }))).toMatchObject({ state: 'done' });
    expect(await balanceOf(county, helper.userId)).toBe(20);
    expect(await escrowHolds(county)).toMatchObject({ escrow: 0, held: 0, unbalancedTransfers: 0 });
  });

  it('refuses with a reason: too few points, a fourth open request, accepting one\'s own, a child, a non-volunteer, a past time', async () => {
    const county = await seedCounty(t.db);
    const [poor] = await residentsWithPoints(county, 1, 10);
    expect(errorCode(await poor.call('help', 'post', requestInput(county, { points: 11 })))).toBe('CONFLICT');
    expect(await balanceOf(county, poor.userId)).toBe(10);
    expect(await escrowHolds(county)).toMatchObject({ escrow: 0, held: 0 });

    const [v] = await volunteers(county, 1);
    const { award } = await import('../../../../server/modules/points/facade');
    await award(t.db, { countyId: county.countyId, userId: v.userId, amount: 100, sourceKey: `t:${v.userId}`, kind: 'test', memo: '测试', at: new Date() });
    const own = await post(county, v, { points: 10 });
    await post(county, v, { points: 10 });
    await post(county, v, { points: 10 });
    const fourth = await v.call('help', 'post', requestInput(county, { points: 10 }));
    expect(fourth.ok ? '' : fourth.error.message).toContain('最多发布3个');
    expect(errorCode(await v.call('help', 'accept', { requestId: own.id }))).toBe('CONFLICT');

    expect(errorCode(await county.as('minor')('help', 'post', requestInput(county)))).toBe('FORBIDDEN');
    expect(errorCode(await poor.call('help', 'accept', { requestId: own.id }))).toBe('FORBIDDEN');
    expect(errorCode(await poor.call('help', 'post', requestInput(county, { points: 5, startsAt: new Date(Date.now() - 3_600_000).toISOString() })))).toBe('VALIDATION');
    expect(errorCode(await poor.call('help', 'post', requestInput(county, { kind: 'other', details: '' })))).toBe('VALIDATION');
    // A stranger sees an accepted request no more.
    const [other] = await volunteers(county, 1);
    await other.call('help', 'accept', { requestId: own.id });
    expect(errorCode(await poor.call('help', 'request', { requestId: own.id }))).toBe('NOT_FOUND');
    expect(errorCode(await poor.call('help', 'confirm', { requestId: own.id }))).toBe('FORBIDDEN');
  });

  it('withdraws what a person asked for and nobody accepted when they delete their account (注销), and takes their name off the rest', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 100);
    const [helper] = await volunteers(county, 1);
    const waiting = await post(county, resident, { points: 20 });
    const underWay = await post(county, resident, { points: 30 });
    await helper.call('help', 'accept', { requestId: underWay.id });
    data(await resident.call('privacy', 'deleteAccount', { confirm: '注销' }));
    expect(data<any>(await county.as('staff')('help', 'request', { requestId: waiting.id })).state).toBe('cancelled');
    const seen = data<any>(await helper.call('help', 'request', { requestId: underWay.id }));
    expect(seen).toMatchObject({ state: 'accepted', requesterName: '已注销用户' });
    expect(await escrowHolds(county)).toMatchObject({ escrow: 30, held: 30, unbalancedTransfers: 0 });
  });
});
