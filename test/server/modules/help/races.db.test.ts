import { data, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { balanceOf, escrowHolds, post, requestInput, residentsWithPoints, volunteers } from './help-fixtures';

const t = useTestDatabase();
jest.setTimeout(60_000);

/** Opens the pool's connections first (cheap reads), so that the racing calls meet at the lock rather than queue for a connection. */
async function warm(call: (m: string, a: string, i?: unknown) => Promise<unknown>) {
  await Promise.all(Array.from({ length: 20 }, () => call('help', 'hours', {})));
}

describe('mutual help at the same moment', () => {
  it('gives a request to one of two helpers accepting at once; the other hears CONFLICT', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 50);
    const helpers = await volunteers(county, 10);
    const r = await post(county, resident, { points: 50 });
    await warm(helpers[0].call);
    const answers = await Promise.all(helpers.map((h) => h.call('help', 'accept', { requestId: r.id })));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.error.code)).toEqual(Array(9).fill('CONFLICT'));
    const winner = helpers[answers.findIndex((a) => a.ok)];
    expect(data<any>(await resident.call('help', 'request', { requestId: r.id })).helperName).toBe('志愿者');
    expect(data<any>(await winner.call('help', 'request', { requestId: r.id })).role).toBe('helper');
  });

  it('lets one person hold at most 3 open requests when they post 10 at once, charging only those 3', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 1000);
    await warm(resident.call);
    const answers = await Promise.all(Array.from({ length: 10 }, () => resident.call('help', 'post', requestInput(county, { points: 10 }))));
    expect(answers.filter((a) => a.ok)).toHaveLength(3);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === 'CONFLICT')).toBe(true);
    expect(await balanceOf(county, resident.userId)).toBe(970);
    expect(await escrowHolds(county)).toEqual({ escrow: 30, held: 30, unbalancedTransfers: 0, ledgerTotal: 0 });
  });

  it('pays the helper once when both sides confirm, each several times, at once', async () => {
    const county = await seedCounty(t.db);
    const [resident] = await residentsWithPoints(county, 1, 40);
    const [helper] = await volunteers(county, 1);
    const r = await post(county, resident, { points: 40, minutes: 60 });
    await helper.call('help', 'accept', { requestId: r.id });
    await warm(helper.call);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? helper : resident).call('help', 'confirm', { requestId: r.id })));
    expect(answers.filter((a) => a.ok)).toHaveLength(2);
    expect(await balanceOf(county, helper.userId)).toBe(40);
    expect(data<any>(await helper.call('help', 'hours', {}))).toEqual({ minutes: 60, count: 1 });
    expect(await escrowHolds(county)).toEqual({ escrow: 0, held: 0, unbalancedTransfers: 0, ledgerTotal: 0 });
  });

  it('leaves one outcome when the helper agrees to cancel and the requester completes the request at once: paid or refunded, never both', async () => {
    for (let round = 0; round < 4; round++) {
      const county = await seedCounty(t.db);
      const [resident, neighbour] = await residentsWithPoints(county, 2, 60);
      const [helper] = await volunteers(county, 1);
      // Another request holds points in escrow too, so a double payout would not meet escrow's CHECK.
      await post(county, neighbour, { points: 60 });
      const r = await post(county, resident, { points: 40 });
      await helper.call('help', 'accept', { requestId: r.id });
      await helper.call('help', 'confirm', { requestId: r.id });
      await resident.call('help', 'cancel', { requestId: r.id, reason: '临时不需要了' });
      await warm(helper.call);
      const [agreed, completed] = await Promise.all([helper.call('help', 'answerCancel', { requestId: r.id, agree: true }), resident.call('help', 'confirm', { requestId: r.id, rating: 5 })]);
      expect([agreed.ok, completed.ok].filter(Boolean)).toHaveLength(1);
      const loser = agreed.ok ? completed : agreed;
      expect(!loser.ok && loser.error.code).toBe('CONFLICT');
      const state = data<any>(await resident.call('help', 'request', { requestId: r.id })).state;
      expect(state).toBe(agreed.ok ? 'cancelled' : 'done');
      expect((await balanceOf(county, resident.userId)) + (await balanceOf(county, helper.userId))).toBe(60);
      expect(await balanceOf(county, helper.userId)).toBe(agreed.ok ? 0 : 40);
      expect(await escrowHolds(county)).toEqual({ escrow: 60, held: 60, unbalancedTransfers: 0, ledgerTotal: 0 });
    }
  });
});
