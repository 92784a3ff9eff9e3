import { sql } from 'kysely';
import { award } from '../../../../server/modules/points/facade';
import { addPeople, data, ExtraPerson, TestCounty } from '../../../support/app';

/** Residents with `points` each (earned from the county's pool). */
export async function residentsWithPoints(county: TestCounty, count: number, points: number): Promise<ExtraPerson[]> {
  const people = await addPeople(county, count);
  const db = county.runtime.db;
  await Promise.all(people.map((p, i) => award(db, { countyId: county.countyId, userId: p.userId, amount: points, sourceKey: `test:points:${p.userId}:${i}`, kind: 'test', memo: '测试积分', at: new Date() })));
  return people;
}

/** A reward of the demo station, made by its staff through mall.createReward. */
export async function listedReward(county: TestCounty, overrides: Record<string, unknown> = {}): Promise<string> {
  const made = data<any>(
    await county.as('station')('mall', 'createReward', { stationId: county.stationId, kind: 'book', name: '《文明家风》', description: '好读的小书', price: 50, perPersonLimit: 1, stock: 5, ...overrides }),
  );
  return made.id;
}

export async function stockOf(county: TestCounty, rewardId: string): Promise<{ stock: number; book: number }> {
  const db = county.runtime.db;
  const r = await db.selectFrom('mallRewards').select('stock').where('id', '=', rewardId).executeTakeFirstOrThrow();
  const b = await db.selectFrom('mallStockMoves').select(sql<number>`coalesce(sum(delta), 0)::int`.as('sum')).where('rewardId', '=', rewardId).executeTakeFirstOrThrow();
  return { stock: r.stock, book: b.sum };
}

export async function balanceOf(county: TestCounty, userId: string): Promise<number> {
  const row = await county.runtime.db.selectFrom('pointAccounts').select('balance').where('userId', '=', userId).where('kind', '=', 'person').executeTakeFirst();
  return row?.balance ?? 0;
}

/** The county's ledger: every transfer's entries sum to zero, and each account's balance is the sum of its entries. */
export async function ledgerHolds(county: TestCounty): Promise<{ unbalancedTransfers: number; driftedAccounts: number; mall: number }> {
  const db = county.runtime.db;
  const { rows } = await sql<{ unbalanced: number; drifted: number; mall: number }>`
    select
      (select count(*)::int from (select transfer_id from point_entries where county_id = ${county.countyId} group by transfer_id having sum(amount) <> 0) x) as unbalanced,
      (select count(*)::int from point_accounts a where a.county_id = ${county.countyId}
        and a.balance <> coalesce((select sum(amount) from point_entries e where e.account_id = a.id), 0)) as drifted,
      coalesce((select balance from point_accounts where county_id = ${county.countyId} and kind = 'mall'), 0) as mall`.execute(db);
  return { unbalancedTransfers: rows[0].unbalanced, driftedAccounts: rows[0].drifted, mall: rows[0].mall };
}

export async function redemptionsOf(county: TestCounty, rewardId: string) {
  return county.runtime.db.selectFrom('mallRedemptions').selectAll().where('rewardId', '=', rewardId).execute();
}
