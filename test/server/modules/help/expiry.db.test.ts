import { addPeople, data, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { award } from '../../../../server/modules/points/facade';
import { expirePoints } from '../../../../server/modules/points/use-cases/expire-points';
import { countsAsEarned } from '../../../../server/modules/points/domain/expiry';
import { Clock } from '../../../../server/core/clock';
import { requestInput } from './help-fixtures';

const t = useTestDatabase();
jest.setTimeout(60_000);

/** A county whose clock the test sets, so that help can be given years ago. */
async function countyAt(): Promise<{ county: TestCounty; setNow: (d: Date) => void }> {
  let now = new Date();
  const clock: Clock = { now: () => now } as Clock;
  const county = await seedCounty(t.db, { clock });
  return { county, setNow: (d) => (now = d) };
}

const at = (y: number) => new Date(Date.UTC(y, 5, 1, 2));

describe('points paid for mutual help expire like points earned then; points given back from escrow are a refund', () => {
  it('counts a payment out of escrow as earned by the helper, and a refund from escrow as giving back what the request took', () => {
    expect(countsAsEarned({ fromPool: false, kind: 'help_pay' })).toBe(true);
    expect(countsAsEarned({ fromPool: false, kind: 'help_refund' })).toBe(false);
    expect(countsAsEarned({ fromPool: true, kind: 'volunteer_hours' })).toBe(true);
  });

  it("lets a helper's payment last the policy's 3 years from the day it was paid, not from when the requester earned it", async () => {
    const { county, setNow } = await countyAt();
    const [requester] = await addPeople(county, 1);
    const [helper] = await addPeople(county, 1, { role: 'volunteer', scopeType: 'county', scopeId: county.countyId });
    // Earned in 2020; help asked, given and paid in 2022.
    await award(t.db, { countyId: county.countyId, userId: requester.userId, amount: 50, sourceKey: `t:${requester.userId}`, kind: 'test', memo: '测试', at: at(2020) });
    setNow(at(2022));
    const made = data<any>(await requester.call('help', 'post', requestInput(county, { points: 50, startsAt: new Date(at(2022).getTime() + 86_400_000).toISOString() })));
    await helper.call('help', 'accept', { requestId: made.id });
    await helper.call('help', 'confirm', { requestId: made.id });
    await requester.call('help', 'confirm', { requestId: made.id });

    // 2024-12: the requester's 2020 points would be gone by now, but the helper's 2022 payment is not 3 years old.
    await expirePoints(t.db, new Date(Date.UTC(2024, 11, 1, 2)));
    expect(data<any>(await helper.call('points', 'balance', {})).balance).toBe(50);
    // 2025-06-02: three years after the payment, it expires.
    await expirePoints(t.db, new Date(Date.UTC(2025, 5, 2, 2)));
    expect(data<any>(await helper.call('points', 'balance', {})).balance).toBe(0);
  });

  it('gives a requester back the points a cancelled request took: they keep the age they had and expire on time', async () => {
    const { county, setNow } = await countyAt();
    const [requester] = await addPeople(county, 1);
    await award(t.db, { countyId: county.countyId, userId: requester.userId, amount: 40, sourceKey: `t:${requester.userId}:old`, kind: 'test', memo: '测试', at: at(2020) });
    await award(t.db, { countyId: county.countyId, userId: requester.userId, amount: 10, sourceKey: `t:${requester.userId}:new`, kind: 'test', memo: '测试', at: at(2023) });
    setNow(at(2022));
    const made = data<any>(await requester.call('help', 'post', requestInput(county, { points: 40, startsAt: new Date(at(2022).getTime() + 86_400_000).toISOString() })));
    await requester.call('help', 'cancel', { requestId: made.id });
    // 2024-12: the 40 earned in 2020 came back as a refund, not as new points: they expire; the 10 of 2023 stay.
    await expirePoints(t.db, new Date(Date.UTC(2024, 11, 1, 2)));
    expect(data<any>(await requester.call('points', 'balance', {})).balance).toBe(10);
  });
});
