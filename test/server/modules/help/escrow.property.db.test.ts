import fc from 'fast-check';
import { sql } from 'kysely';
import { award } from '../../../../server/modules/points/facade';
import { expireUnaccepted } from '../../../../server/modules/help/facade';
import { expirePoints } from '../../../../server/modules/points/use-cases/expire-points';
import { addPeople, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { listedReward } from '../mall/mall-fixtures';
import { escrowHolds, requestInput, volunteers } from './help-fixtures';

const t = useTestDatabase();
jest.setTimeout(300_000);

const PEOPLE = 3;
const HELPERS = 3;
type Op =
  | { kind: 'post'; who: number; points: number }
  | { kind: 'cancel' | 'accept' | 'confirmRequester' | 'confirmHelper' | 'dispute' | 'agreeCancel' | 'declineCancel' | 'giveUp'; request: number; who: number }
  | { kind: 'resolve'; request: number; pay: boolean }
  | { kind: 'redeem'; who: number }
  | { kind: 'expire' }
  | { kind: 'expireHelp' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('post' as const), who: fc.nat(PEOPLE + HELPERS - 1), points: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constantFrom('cancel' as const, 'accept' as const, 'confirmRequester' as const, 'confirmHelper' as const, 'dispute' as const, 'agreeCancel' as const, 'declineCancel' as const, 'giveUp' as const),
    request: fc.nat(7),
    who: fc.nat(HELPERS - 1),
  }),
  fc.record({ kind: fc.constant('resolve' as const), request: fc.nat(7), pay: fc.boolean() }),
  fc.record({ kind: fc.constant('redeem' as const), who: fc.nat(PEOPLE - 1) }),
  fc.constant({ kind: 'expire' as const }),
  fc.constant({ kind: 'expireHelp' as const }),
);

async function requests(county: TestCounty) {
  return county.runtime.db.selectFrom('helpRequests').select(['id', 'requesterId', 'helperId']).where('countyId', '=', county.countyId).orderBy('createdAt').execute();
}

describe('the escrow of mutual help', () => {
  it('always holds exactly the points of open, accepted and disputed requests, and the ledger sums to zero, whatever runs at once (posts, cancels and asks to cancel, the helper answering them, give-ups, accepts, confirms, disputes, resolutions, mall redeems, point expiries, expiries of unaccepted requests)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(op, { minLength: 2, maxLength: 10 }), { minLength: 3, maxLength: 5 }), async (rounds) => {
        const county = await seedCounty(t.db);
        const residents = await addPeople(county, PEOPLE);
        const helpers = await volunteers(county, HELPERS);
        const everyone = [...residents, ...helpers];
        const rewardId = await listedReward(county, { price: 15, stock: 3, perPersonLimit: 5 });
        const longAgo = new Date(Date.now() - 4 * 365 * 86_400_000);
        for (const [i, p] of everyone.entries()) {
          await award(t.db, { countyId: county.countyId, userId: p.userId, amount: 30, sourceKey: `t:old:${i}`, kind: 'test', memo: '测试', at: longAgo });
          await award(t.db, { countyId: county.countyId, userId: p.userId, amount: 60, sourceKey: `t:new:${i}`, kind: 'test', memo: '测试', at: new Date() });
        }
        for (const batch of rounds) {
          const known = await requests(county);
          await Promise.all(
            batch.map((o) => {
              if (o.kind === 'post') return everyone[o.who].call('help', 'post', requestInput(county, { points: o.points }));
              if (o.kind === 'redeem') return residents[o.who].call('mall', 'redeem', { rewardId });
              if (o.kind === 'expire') return expirePoints(t.db, new Date());
              // (requests are for tomorrow: two days on, every open one is past its time)
              if (o.kind === 'expireHelp') return expireUnaccepted(t.db, new Date(Date.now() + 2 * 86_400_000));
              if (known.length === 0) return undefined;
              const r = known[o.request % known.length];
              if (o.kind === 'resolve') return county.as('staff')('help', 'resolve', { requestId: r.id, decision: o.pay ? 'pay' : 'refund', reason: '核实过了' });
              const requester = everyone.find((p) => p.userId === r.requesterId)!;
              const helper = helpers[o.who];
              if (o.kind === 'accept') return helper.call('help', 'accept', { requestId: r.id });
              if (o.kind === 'cancel') return requester.call('help', 'cancel', { requestId: r.id, reason: o.who % 2 ? '不需要了' : undefined });
              if (o.kind === 'confirmRequester') return requester.call('help', 'confirm', { requestId: r.id });
              const acting = everyone.find((p) => p.userId === r.helperId) ?? helper;
              if (o.kind === 'confirmHelper') return acting.call('help', 'confirm', { requestId: r.id });
              if (o.kind === 'agreeCancel' || o.kind === 'declineCancel') return acting.call('help', 'answerCancel', { requestId: r.id, agree: o.kind === 'agreeCancel' });
              if (o.kind === 'giveUp') return acting.call('help', 'giveUp', { requestId: r.id });
              return (o.who % 2 ? requester : acting).call('help', 'dispute', { requestId: r.id, reason: '没有进行' });
            }),
          );
          expect(await escrowHolds(county)).toMatchObject({ unbalancedTransfers: 0, ledgerTotal: 0 });
          const { escrow, held } = await escrowHolds(county);
          expect(escrow).toBe(held);
          const drift = await sql<{ n: number }>`
            select count(*)::int as n from point_accounts a where a.county_id = ${county.countyId}
              and (a.balance <> coalesce((select sum(amount) from point_entries e where e.account_id = a.id), 0) or (a.kind <> 'pool' and a.balance < 0))`.execute(t.db);
          expect(drift.rows[0].n).toBe(0);
          // A helper is paid at most once per request, and only for a request that is done.
          const paid = await sql<{ n: number }>`
            select count(*)::int as n from point_transfers p join help_requests h on p.source_key = 'help:' || h.id || ':pay'
            where h.county_id = ${county.countyId} and h.state <> 'done'`.execute(t.db);
          expect(paid.rows[0].n).toBe(0);
        }
      }),
      { numRuns: 10 },
    );
  });
});
