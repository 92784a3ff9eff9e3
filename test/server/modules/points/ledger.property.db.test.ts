import fc from 'fast-check';
import { sql } from 'kysely';
import { AppError } from '../../../../server/core/errors';
import { award, isInsufficientPoints, transfer } from '../../../../server/modules/points/facade';
import { addPeople, data, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

type Op = { kind: 'earn'; to: number; amount: number } | { kind: 'give'; from: number; to: number; amount: number };

const PEOPLE = 4;
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('earn' as const), to: fc.nat(PEOPLE - 1), amount: fc.integer({ min: 1, max: 30 }) }),
  fc
    .record({ kind: fc.constant('give' as const), from: fc.nat(PEOPLE - 1), to: fc.nat(PEOPLE - 1), amount: fc.integer({ min: 1, max: 40 }) })
    .filter((o) => o.from !== o.to),
);

describe('the points ledger', () => {
  it('never lets concurrent earns and transfers push a balance below zero, and every entry sums to zero', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 40 }), async (ops) => {
        const county = await seedCounty(t.db);
        const people = await addPeople(county, PEOPLE);
        const at = new Date();
        const outcomes = await Promise.all(
          ops.map((o, i) =>
            t.db
              .transaction()
              .execute((trx) =>
                o.kind === 'earn'
                  ? award(trx, { countyId: county.countyId, userId: people[o.to].userId, amount: o.amount, sourceKey: `test:${i}`, kind: 'test', memo: '测试', at })
                  : transfer(trx, { countyId: county.countyId, from: { kind: 'person', userId: people[o.from].userId }, to: { kind: 'person', userId: people[o.to].userId }, amount: o.amount, sourceKey: `test:${i}`, kind: 'test', memo: '测试', at }),
              )
              .then(
                () => 'done',
                (error) => {
                  // Too few points, or a race the database broke: refused whole, never half-done.
                  if (error instanceof AppError || ['40P01', '40001', '23514'].includes(error?.code)) return 'refused';
                  throw error;
                },
              ),
          ),
        );
        const accounts = await t.db.selectFrom('pointAccounts').select(['id', 'kind', 'balance']).where('countyId', '=', county.countyId).execute();
        const sums = await t.db
          .selectFrom('pointEntries')
          .select(['accountId', sql<number>`sum(amount)::int`.as('total')])
          .where('countyId', '=', county.countyId)
          .groupBy('accountId')
          .execute();
        const byAccount = new Map(sums.map((s) => [s.accountId, Number(s.total)]));
        for (const a of accounts) {
          if (a.kind === 'person') expect(a.balance).toBeGreaterThanOrEqual(0);
          expect(a.balance).toBe(byAccount.get(a.id) ?? 0);
        }
        expect([...byAccount.values()].reduce((x, y) => x + y, 0)).toBe(0);
        const unbalanced = await t.db
          .selectFrom('pointEntries')
          .select('transferId')
          .where('countyId', '=', county.countyId)
          .groupBy('transferId')
          .having(sql`sum(amount)`, '<>', 0)
          .execute();
        expect(unbalanced).toEqual([]);
        // (the demo county's own transfers, the seed's points, are not this run's)
        const transfers = await t.db.selectFrom('pointTransfers').select('id').where('countyId', '=', county.countyId).where('sourceKey', 'like', 'test:%').execute();
        expect(transfers).toHaveLength(outcomes.filter((o) => o === 'done').length);
      }),
      { numRuns: 15 },
    );
  });

  it('lets exactly five of twenty racing 10-point spends through a 50-point balance, refusing the rest as 积分不足', async () => {
    const county = await seedCounty(t.db);
    const [spender, receiver] = await addPeople(county, 2);
    const at = new Date();
    await t.db.transaction().execute((trx) => award(trx, { countyId: county.countyId, userId: spender.userId, amount: 50, sourceKey: 'earn', kind: 'test', memo: '测试', at }));
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        t.db
          .transaction()
          .execute((trx) => transfer(trx, { countyId: county.countyId, from: { kind: 'person', userId: spender.userId }, to: { kind: 'person', userId: receiver.userId }, amount: 10, sourceKey: `spend:${i}`, kind: 'test', memo: '测试', at })),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.message)).toEqual(Array(15).fill('积分不足'));
    const balance = (userId: string) => t.db.selectFrom('pointAccounts').select('balance').where('userId', '=', userId).executeTakeFirstOrThrow();
    expect(await balance(spender.userId)).toEqual({ balance: 0 });
    expect(await balance(receiver.userId)).toEqual({ balance: 50 });
  });

  it('pays a source key once, even when twenty payments race', async () => {
    const county = await seedCounty(t.db);
    const [person] = await addPeople(county, 1);
    const at = new Date();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => t.db.transaction().execute((trx) => award(trx, { countyId: county.countyId, userId: person.userId, amount: 10, sourceKey: 'activity:x:y', kind: 'test', memo: '测试', at }))),
    );
    expect(results.filter((r) => r.status === 'fulfilled' && r.value === true)).toHaveLength(1);
    expect(await t.db.selectFrom('pointAccounts').select('balance').where('userId', '=', person.userId).executeTakeFirstOrThrow()).toEqual({ balance: 10 });
  });

  it('refuses a transfer larger than the balance with a clear message and a stable reason, and writes nothing', async () => {
    const county = await seedCounty(t.db);
    const [a, b] = await addPeople(county, 2);
    const at = new Date();
    await t.db.transaction().execute((trx) => award(trx, { countyId: county.countyId, userId: a.userId, amount: 5, sourceKey: 'earn', kind: 'test', memo: '测试', at }));
    const refused = await t.db
      .transaction()
      .execute((trx) => transfer(trx, { countyId: county.countyId, from: { kind: 'person', userId: a.userId }, to: { kind: 'person', userId: b.userId }, amount: 6, sourceKey: 'give', kind: 'test', memo: '测试', at }))
      .catch((e) => e);
    expect(refused).toMatchObject({ code: 'CONFLICT', message: '积分不足', reason: 'INSUFFICIENT_POINTS' });
    expect(isInsufficientPoints(refused)).toBe(true);
    expect(await t.db.selectFrom('pointTransfers').select('sourceKey').where('countyId', '=', county.countyId).where('sourceKey', 'in', ['earn', 'give']).execute()).toEqual([{ sourceKey: 'earn' }]);
    expect(data<any>(await a.call('points', 'balance', {})).balance).toBe(5);
  });

  it('is append-only: the database refuses to edit or delete an entry', async () => {
    const county = await seedCounty(t.db);
    const [person] = await addPeople(county, 1);
    await t.db.transaction().execute((trx) => award(trx, { countyId: county.countyId, userId: person.userId, amount: 5, sourceKey: 'earn', kind: 'test', memo: '测试', at: new Date() }));
    await expect(t.db.updateTable('pointEntries').set({ amount: 500 }).where('countyId', '=', county.countyId).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('pointTransfers').where('countyId', '=', county.countyId).execute()).rejects.toThrow(/append-only/);
  });
});
