import { sql } from 'kysely';
import { addPeople, data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { award, transfer } from '../../../../server/modules/points/facade';
import { expirePoints } from '../../../../server/modules/points/use-cases/expire-points';

const t = useTestDatabase();

const NOW = new Date('2026-12-05T02:00:00Z');
const yearsAgo = (years: number, days = 0) => new Date(Date.UTC(2026 - years, 11, 5, 2) + days * 86_400_000);

async function person(county: TestCounty) {
  const [p] = await addPeople(county, 1);
  const earn = (amount: number, at: Date, key: string) => t.db.transaction().execute((trx) => award(trx, { countyId: county.countyId, userId: p.userId, amount, sourceKey: `${p.userId}:${key}`, kind: 'test', memo: '测试', at }));
  const move = (amount: number, at: Date, key: string, way: 'spend' | 'refund') =>
    t.db.transaction().execute((trx) =>
      transfer(trx, {
        countyId: county.countyId,
        from: way === 'spend' ? { kind: 'person', userId: p.userId } : { kind: 'mall' },
        to: way === 'spend' ? { kind: 'mall' } : { kind: 'person', userId: p.userId },
        amount,
        sourceKey: `${p.userId}:${key}`,
        kind: way,
        memo: '测试',
        at,
      }),
    );
  const balance = async () => data<any>(await p.call('points', 'balance', {})).balance as number;
  return { ...p, earn, move, balance };
}

async function ledgerBalanced(countyId: string) {
  const row = await sql<{ total: string }>`select coalesce(sum(amount), 0) as total from point_entries where county_id = ${countyId}`.execute(t.db);
  expect(Number(row.rows[0].total)).toBe(0);
}

async function messages(userId: string) {
  return (await t.db.selectFrom('inboxMessages').select('title').where('userId', '=', userId).execute()).map((m) => m.title);
}

describe('points expire years after they were earned, oldest first (积分有效期)', () => {
  it('takes back what was earned more than 3 years ago and not yet spent, spending counting against the oldest points; the person is told', async () => {
    const county = await seedCounty(t.db);
    const p = await person(county);
    await p.earn(100, yearsAgo(4), 'old');
    await p.move(30, yearsAgo(2), 'spent', 'spend');
    await p.earn(50, yearsAgo(1), 'recent');
    expect(await p.balance()).toBe(120);

    await expirePoints(t.db, NOW);
    // 100 old − 30 already spent (from the oldest) = 70 expire; the recent 50 stay.
    expect(await p.balance()).toBe(50);
    expect(await messages(p.userId)).toEqual(['70积分已过期']);
    const history = data<any>(await p.call('points', 'balance', {})).entries;
    expect(history[0]).toMatchObject({ amount: -70, kind: 'expiry' });
    await ledgerBalanced(county.countyId);
  });

  it('expires nothing more when the pass runs again, or three passes run at once', async () => {
    const county = await seedCounty(t.db);
    const p = await person(county);
    await p.earn(60, yearsAgo(5), 'old');
    // Connections opened first, so that the passes meet at the person's account rather than queue for a connection.
    await Promise.all(Array.from({ length: 20 }, () => sql`select 1`.execute(t.db)));
    await Promise.all([expirePoints(t.db, NOW), expirePoints(t.db, NOW), expirePoints(t.db, NOW)]);
    await expirePoints(t.db, new Date(NOW.getTime() + 3_600_000));
    expect(await p.balance()).toBe(0);
    const expiries = await t.db.selectFrom('pointTransfers').select('amount').where('countyId', '=', county.countyId).where('kind', '=', 'expiry').execute();
    expect(expiries).toEqual([{ amount: 60 }]);
    await ledgerBalanced(county.countyId);
  });

  it('a refund returns the old points it took, not new ones: they still expire', async () => {
    const county = await seedCounty(t.db);
    const p = await person(county);
    await p.earn(100, yearsAgo(4), 'old');
    await p.move(80, yearsAgo(1), 'redeem', 'spend');
    await p.move(80, yearsAgo(1, 3), 'refund', 'refund');
    await expirePoints(t.db, NOW);
    expect(await p.balance()).toBe(0);
  });

  it('warns a month before, once a month, and leaves the points until their day', async () => {
    const county = await seedCounty(t.db);
    const p = await person(county);
    await p.earn(40, yearsAgo(3, 10), 'soon'); // three years old in 20 days
    await expirePoints(t.db, NOW);
    await expirePoints(t.db, new Date(NOW.getTime() + 86_400_000));
    expect(await p.balance()).toBe(40);
    expect(await messages(p.userId)).toEqual(['40积分将在一个月内过期']);
  });

  it('follows the admin\'s policy: at 5 years the 4-year-old points stay; only the admin sets it, within 1–10 years', async () => {
    const county = await seedCounty(t.db);
    const p = await person(county);
    await p.earn(100, yearsAgo(4), 'old');
    expect(errorCode(await county.as('staff')('points', 'setPolicy', { expiryYears: 5 }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('admin')('points', 'setPolicy', { expiryYears: 11 }))).toBe('VALIDATION');
    expect(data<any>(await p.call('points', 'policy', {}))).toEqual({ expiryYears: 3 });
    data(await county.as('admin')('points', 'setPolicy', { expiryYears: 5 }));
    expect(data<any>(await p.call('points', 'policy', {}))).toEqual({ expiryYears: 5 });
    await expirePoints(t.db, NOW);
    expect(await p.balance()).toBe(100);
    const audit = await t.db.selectFrom('auditEvents').select('data').where('action', '=', 'points.setPolicy').where('subjectId', '=', county.countyId).executeTakeFirstOrThrow();
    expect(audit.data).toEqual({ before: { expiryYears: 3 }, after: { expiryYears: 5 } });
  });
});
