import { sql } from 'kysely';
import { addPeople, data, ExtraPerson, TestCounty } from '../../../support/app';
import { residentsWithPoints } from '../mall/mall-fixtures';

export { balanceOf } from '../mall/mall-fixtures';
export { residentsWithPoints };

/** Registered volunteers (the county-wide role registration grants). */
export function volunteers(county: TestCounty, count: number): Promise<ExtraPerson[]> {
  return addPeople(county, count, { name: '志愿者', role: 'volunteer', scopeType: 'county', scopeId: county.countyId });
}

/** A valid request in 幸福里社区, tomorrow; tests override what they check. */
export function requestInput(county: TestCounty, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'hospital',
    details: '陪我去县医院复查',
    place: '幸福里社区1号楼1单元',
    communityId: county.communities['幸福里社区'],
    startsAt: new Date(Date.now() + 24 * 3_600_000).toISOString(),
    minutes: 120,
    points: 30,
    ...overrides,
  };
}

export async function post(county: TestCounty, who: ExtraPerson, overrides: Record<string, unknown> = {}): Promise<any> {
  return data<any>(await who.call('help', 'post', requestInput(county, overrides)));
}

/** The county's escrow balance, what open/accepted/disputed requests hold, and whether every transfer sums to zero. */
export async function escrowHolds(county: TestCounty): Promise<{ escrow: number; held: number; unbalancedTransfers: number; ledgerTotal: number }> {
  const { rows } = await sql<{ escrow: number; held: number; unbalanced: number; total: number }>`
    select
      coalesce((select balance from point_accounts where county_id = ${county.countyId} and kind = 'escrow'), 0)::int as escrow,
      coalesce((select sum(points) from help_requests where county_id = ${county.countyId} and state in ('open','accepted','disputed')), 0)::int as held,
      (select count(*)::int from (select transfer_id from point_entries where county_id = ${county.countyId} group by transfer_id having sum(amount) <> 0) x) as unbalanced,
      coalesce((select sum(amount) from point_entries where county_id = ${county.countyId}), 0)::int as total`.execute(county.runtime.db);
  return { escrow: rows[0].escrow, held: rows[0].held, unbalancedTransfers: rows[0].unbalanced, ledgerTotal: rows[0].total };
}

export async function titlesOf(county: TestCounty, userId: string): Promise<string[]> {
  return (await county.runtime.db.selectFrom('inboxMessages').select('title').where('userId', '=', userId).orderBy('createdAt').execute()).map((m) => m.title);
}
