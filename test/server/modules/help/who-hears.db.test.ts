import { data, seedCounty } from '../../../support/app';
import { expireUnaccepted } from '../../../../server/modules/help/facade';
import { useTestDatabase } from '../../../support/db';
import { balanceOf, escrowHolds, post, requestInput, residentsWithPoints, titlesOf, volunteers } from './help-fixtures';

const t = useTestDatabase();
jest.setTimeout(60_000);

describe('who hears about mutual help (docs/notifications.md)', () => {
  it('tells the requester when a volunteer accepts, and each side when the other confirms; the paid helper hears the points arrived', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 50);
    const [helper] = await volunteers(county, 1);
    const r = await post(county, resident);
    expect(await titlesOf(county, resident.userId)).toEqual([]);
    await helper.call('help', 'accept', { requestId: r.id });
    expect(await titlesOf(county, resident.userId)).toEqual(['有人接单了：陪同就医']);
    await helper.call('help', 'confirm', { requestId: r.id });
    expect(await titlesOf(county, resident.userId)).toEqual(['有人接单了：陪同就医', '请确认：陪同就医']);
    expect(await titlesOf(county, helper.userId)).toEqual([]);
    await resident.call('help', 'confirm', { requestId: r.id });
    expect(await titlesOf(county, helper.userId)).toEqual(['30积分已到账：陪同就医']);
  });

  it('tells the other side and the community\'s staff when a request is disputed, and both sides when staff resolve it', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 50);
    const [helper] = await volunteers(county, 1);
    const r = await post(county, resident, { kind: 'repair', details: '厨房水龙头漏水' });
    await helper.call('help', 'accept', { requestId: r.id });
    await resident.call('help', 'dispute', { requestId: r.id, reason: '约好的时间没有人来' });
    expect(await titlesOf(county, helper.userId)).toEqual(['互助有争议：家中小修']);
    expect(await titlesOf(county, county.people.staff.userId)).toEqual(['请处理互助争议：家中小修']);
    expect(await titlesOf(county, resident.userId)).toEqual(['有人接单了：家中小修']);
    await county.as('staff')('help', 'resolve', { requestId: r.id, decision: 'refund', reason: '志愿者临时有事没去' });
    expect((await titlesOf(county, resident.userId)).at(-1)).toBe('社区已处理：家中小修');
    expect((await titlesOf(county, helper.userId)).at(-1)).toBe('社区已处理：家中小修');
  });

  it('cancels a request nobody accepted by its time, gives the points back once and tells the requester', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 50);
    const r = await post(county, resident, { points: 30, startsAt: new Date(Date.now() + 60_000).toISOString() });
    const later = new Date(Date.now() + 3_600_000);
    const passes = await Promise.all([expireUnaccepted(t.db, later), expireUnaccepted(t.db, later), expireUnaccepted(t.db, later)]);
    expect(passes.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await balanceOf(county, resident.userId)).toBe(50);
    expect(await titlesOf(county, resident.userId)).toEqual(['没有人接单：陪同就医']);
    expect(data<any>(await resident.call('help', 'request', { requestId: r.id })).state).toBe('cancelled');
    expect(await escrowHolds(county)).toMatchObject({ escrow: 0, held: 0 });
  });

  it('tells the staff member who posted for a named person, since they act for them', async () => {
    const county = await seedCounty(t.db);
    const [helper] = await volunteers(county, 1);
    const staff = county.as('staff');
    const made = await staff('help', 'post', requestInput(county, { forName: '刘奶奶', points: 10 }));
    const r = made.ok ? (made.data as any) : null;
    await helper.call('help', 'accept', { requestId: r.id });
    expect(await titlesOf(county, county.people.staff.userId)).toEqual(['有人接单了：陪同就医']);
  });

  it('tells the requester when the helper gives the request up, and again when another volunteer accepts it', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 50);
    const [helper, other] = await volunteers(county, 2);
    const r = await post(county, resident);
    await helper.call('help', 'accept', { requestId: r.id });
    await helper.call('help', 'giveUp', { requestId: r.id });
    expect(await titlesOf(county, resident.userId)).toEqual(['有人接单了：陪同就医', '接单的志愿者来不了：陪同就医']);
    await other.call('help', 'accept', { requestId: r.id });
    expect((await titlesOf(county, resident.userId)).at(-1)).toBe('有人接单了：陪同就医');
    expect(await titlesOf(county, resident.userId)).toHaveLength(3);
    expect(await titlesOf(county, helper.userId)).toEqual([]);
  });

  it('tells the helper when the requester asks to cancel, and the requester how the helper answered, each time', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 50);
    const [helper] = await volunteers(county, 1);
    const r = await post(county, resident, { kind: 'repair', details: '厨房水龙头漏水' });
    await helper.call('help', 'accept', { requestId: r.id });
    await resident.call('help', 'cancel', { requestId: r.id, reason: '自己修好了' });
    expect(await titlesOf(county, helper.userId)).toEqual(['对方想取消：家中小修']);
    await helper.call('help', 'answerCancel', { requestId: r.id, agree: false });
    expect((await titlesOf(county, resident.userId)).at(-1)).toBe('对方没有同意取消：家中小修');
    await resident.call('help', 'cancel', { requestId: r.id, reason: '真的修好了' });
    expect(await titlesOf(county, helper.userId)).toEqual(['对方想取消：家中小修', '对方想取消：家中小修']);
    await helper.call('help', 'answerCancel', { requestId: r.id, agree: true });
    expect((await titlesOf(county, resident.userId)).at(-1)).toBe('对方同意取消：家中小修');
  });
});
