import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { balanceOf, escrowHolds, post, residentsWithPoints, volunteers } from './help-fixtures';

const t = useTestDatabase();
jest.setTimeout(60_000);

describe('积分换互助 after a volunteer accepted: giving up, cancelling by agreement, the stars given', () => {
  it('lets the helper give an accepted request up: it waits for another helper, the points stay in escrow', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 50);
    const [helper, other] = await volunteers(county, 2);
    const r = await post(county, resident, { points: 30 });
    await helper.call('help', 'accept', { requestId: r.id });
    const ledgerBefore = await t.db.selectFrom('pointEntries').select((eb) => eb.fn.countAll<string>().as('n')).where('countyId', '=', county.countyId).executeTakeFirstOrThrow();

    expect(errorCode(await other.call('help', 'giveUp', { requestId: r.id }))).toBe('FORBIDDEN');
    expect(errorCode(await resident.call('help', 'giveUp', { requestId: r.id }))).toBe('FORBIDDEN');
    expect(data<any>(await helper.call('help', 'giveUp', { requestId: r.id }))).toMatchObject({ state: 'open', helperName: null, role: 'volunteer', can: { accept: true, giveUp: false } });
    expect(data<any>(await resident.call('help', 'request', { requestId: r.id }))).toMatchObject({ state: 'open', helperName: null, acceptedAt: null, can: { cancel: true } });
    expect(await balanceOf(county, resident.userId)).toBe(20);
    expect(await escrowHolds(county)).toEqual({ escrow: 30, held: 30, unbalancedTransfers: 0, ledgerTotal: 0 });
    const ledgerAfter = await t.db.selectFrom('pointEntries').select((eb) => eb.fn.countAll<string>().as('n')).where('countyId', '=', county.countyId).executeTakeFirstOrThrow();
    expect(ledgerAfter.n).toBe(ledgerBefore.n);

    // Another volunteer takes it, and is paid as usual.
    await other.call('help', 'accept', { requestId: r.id });
    await other.call('help', 'confirm', { requestId: r.id });
    await resident.call('help', 'confirm', { requestId: r.id });
    expect(await balanceOf(county, other.userId)).toBe(30);
    expect(await balanceOf(county, helper.userId)).toBe(0);
  });

  it('refuses to let a helper give up once either side said the help was done', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 50);
    const [helper] = await volunteers(county, 1);
    const r = await post(county, resident);
    await helper.call('help', 'accept', { requestId: r.id });
    await helper.call('help', 'confirm', { requestId: r.id });
    expect(errorCode(await helper.call('help', 'giveUp', { requestId: r.id }))).toBe('CONFLICT');
    expect(data<any>(await helper.call('help', 'request', { requestId: r.id }))).toMatchObject({ state: 'accepted', can: { giveUp: false } });
  });

  it('cancels an accepted request only when the helper agrees; the escrow is refunded then, not before', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 50);
    const [helper, other] = await volunteers(county, 2);
    const r = await post(county, resident, { points: 40 });
    await helper.call('help', 'accept', { requestId: r.id });

    expect(errorCode(await helper.call('help', 'answerCancel', { requestId: r.id, agree: true }))).toBe('CONFLICT');
    const asked = data<any>(await resident.call('help', 'cancel', { requestId: r.id, reason: '家里人能陪我去了' }));
    expect(asked).toMatchObject({ state: 'accepted', cancelAsked: true, cancelReason: '家里人能陪我去了', can: { cancel: false, confirm: true } });
    expect(errorCode(await resident.call('help', 'cancel', { requestId: r.id, reason: '再问一次' }))).toBe('CONFLICT');
    expect(await balanceOf(county, resident.userId)).toBe(10);
    expect(data<any>(await helper.call('help', 'request', { requestId: r.id }))).toMatchObject({ cancelAsked: true, cancelReason: '家里人能陪我去了', can: { answerCancel: true } });

    // Only the helper answers.
    expect(errorCode(await resident.call('help', 'answerCancel', { requestId: r.id, agree: true }))).toBe('FORBIDDEN');
    expect(errorCode(await other.call('help', 'answerCancel', { requestId: r.id, agree: true }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('staff')('help', 'answerCancel', { requestId: r.id, agree: true }))).toBe('FORBIDDEN');

    expect(data<any>(await helper.call('help', 'answerCancel', { requestId: r.id, agree: true }))).toMatchObject({ state: 'cancelled', can: { answerCancel: false } });
    expect(await balanceOf(county, resident.userId)).toBe(50);
    expect(await balanceOf(county, helper.userId)).toBe(0);
    expect(await escrowHolds(county)).toEqual({ escrow: 0, held: 0, unbalancedTransfers: 0, ledgerTotal: 0 });
    expect(errorCode(await helper.call('help', 'answerCancel', { requestId: r.id, agree: true }))).toBe('CONFLICT');
  });

  it('goes on as agreed when the helper declines; the requester may ask again, or confirm', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 50);
    const [helper] = await volunteers(county, 1);
    const r = await post(county, resident, { points: 20, minutes: 30 });
    await helper.call('help', 'accept', { requestId: r.id });
    await resident.call('help', 'cancel', { requestId: r.id, reason: '临时不需要了' });
    expect(data<any>(await helper.call('help', 'answerCancel', { requestId: r.id, agree: false }))).toMatchObject({ state: 'accepted', cancelAsked: false, cancelReason: null });
    expect(await escrowHolds(county)).toMatchObject({ escrow: 20, held: 20 });
    expect(data<any>(await resident.call('help', 'cancel', { requestId: r.id, reason: '真的不需要了' }))).toMatchObject({ cancelAsked: true });
    // Confirming withdraws the requester's own ask.
    expect(data<any>(await resident.call('help', 'confirm', { requestId: r.id, rating: 4 }))).toMatchObject({ state: 'accepted', cancelAsked: false, requesterConfirmed: true });
    expect(errorCode(await helper.call('help', 'answerCancel', { requestId: r.id, agree: true }))).toBe('CONFLICT');
    await helper.call('help', 'confirm', { requestId: r.id });
    expect(await balanceOf(county, helper.userId)).toBe(20);
  });

  it('shows the stars the requester gave on the request, to both sides, and on the helper\'s record', async () => {
    const county = await seedCounty(t.db);
    const [resident, another] = await residentsWithPoints(county, 2, 50);
    const [helper, stranger] = await volunteers(county, 2);
    for (const [who, stars] of [[resident, 5], [another, 4]] as const) {
      const r = await post(county, who, { points: 10 });
      await helper.call('help', 'accept', { requestId: r.id });
      await helper.call('help', 'confirm', { requestId: r.id });
      await who.call('help', 'confirm', { requestId: r.id, rating: stars });
      expect(data<any>(await who.call('help', 'request', { requestId: r.id }))).toMatchObject({ state: 'done', rating: stars });
      expect(data<any>(await helper.call('help', 'request', { requestId: r.id }))).toMatchObject({ rating: stars });
      expect(errorCode(await stranger.call('help', 'request', { requestId: r.id }))).toBe('NOT_FOUND');
    }
    const mine = data<any>(await helper.call('help', 'mine', {}));
    expect(mine).toMatchObject({ ratingAverage: 4.5, rated: 2 });
    expect(mine.helped.map((h: any) => h.rating).sort()).toEqual([4, 5]);
    expect(data<any>(await stranger.call('help', 'mine', {}))).toMatchObject({ ratingAverage: null, rated: 0 });
  });
});
