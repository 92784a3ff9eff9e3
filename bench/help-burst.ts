import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { newId } from '../server/core/ids';
import { openDatabase, preparedStatementsFromEnv } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrate';
import { seedDemoCounty } from '../server/db/seed/demo-county';
import { findModule } from '../server/modules';
import { award } from '../server/modules/points/facade';
import { dispatch } from '../server/runtime/dispatch';
import { onBenchDatabase } from './each-database';
import { heading, verdict } from './format';
import { runtimeOn } from './measure';
import { addUsers } from './sign-vs-insert';

const REQUESTS = 50;
const HELPERS = 10;
const POINTS = 20;
const CONFIRMS_EACH = 3;
const POOL = 16;
/** Time to settle each burst (every call answered) on this 2-core machine. */
const BUDGET_MS = 3000;

/**
 * Issue 15, 积分换互助: 50 open requests and 10 volunteers tapping 我来帮忙 on
 * every one of them at once (500 accepts: one winner each, the rest
 * CONFLICT); then, on every accepted request, both sides tapping 确认完成
 * three times at once (300 confirms: each helper paid once). It must settle
 * within the budget and keep the ledger whole: escrow equal to what open
 * requests hold, every transfer summing to zero, nobody paid twice.
 */
export async function helpBurst(): Promise<void> {
  heading(
    `积分换互助 burst: ${HELPERS} volunteers accept each of ${REQUESTS} requests at once, then both sides confirm each ${CONFIRMS_EACH}× at once (a pool of ${POOL}; budget: each burst settles in ≤ ${BUDGET_MS} ms, one helper per request, paid once, escrow = held)`,
  );
  await onBenchDatabase(async (database, label, url) => {
    await migrateToLatest(database.db);
    const db = database.db;
    const county = await seedDemoCounty(db, { openidPrefix: `help-${randomUUID()}:` });
    const residentIds = Array.from({ length: REQUESTS }, (_, i) => `help-${county.countyId}-r${i}`);
    const helperIds = Array.from({ length: HELPERS }, (_, i) => `help-${county.countyId}-v${i}`);
    await addUsers(db, county.countyId, [...residentIds, ...helperIds]);
    const users = new Map((await db.selectFrom('users').select(['id', 'openid']).where('openid', 'in', [...residentIds, ...helperIds]).execute()).map((u) => [u.openid!, u.id] as const));
    const at = new Date();
    for (let i = 0; i < residentIds.length; i += 16) {
      await Promise.all(residentIds.slice(i, i + 16).map((o) => award(db, { countyId: county.countyId, userId: users.get(o)!, amount: POINTS, sourceKey: `bench:help:${o}`, kind: 'bench', memo: '压测积分', at })));
    }
    await db
      .insertInto('roleGrants')
      .values(helperIds.map((o) => ({ id: newId(), countyId: county.countyId, userId: users.get(o)!, role: 'volunteer', scopeType: 'county', scopeId: county.countyId, grantedBy: null })))
      .execute();

    const pool = await openDatabase({ url, maxConnections: POOL, preparedStatements: preparedStatementsFromEnv() });
    try {
      const runtime = runtimeOn(pool.db);
      const help = findModule('help')!;
      const call = (openid: string, action: string, input: unknown) => dispatch(runtime, help, { action, input }, { openid });
      const startsAt = new Date(Date.now() + 24 * 3_600_000).toISOString();
      const posted = await Promise.all(
        residentIds.map((o) => call(o, 'post', { kind: 'company', details: '陪老人聊聊天', place: '幸福里社区1号楼', communityId: county.communities['幸福里社区'], startsAt, minutes: 60, points: POINTS })),
      );
      const failedPost = posted.find((p) => !p.ok);
      if (failedPost && !failedPost.ok) throw new Error(`could not post: ${failedPost.error.message}`);
      const requests = posted.map((p, i) => ({ id: (p.ok ? (p.data as { id: string }).id : ''), requester: residentIds[i] }));

      // Warm the pool's connections, so the burst meets at the rows rather than at connect.
      await Promise.all(Array.from({ length: POOL * 2 }, (_, i) => call(helperIds[i % HELPERS], 'hours', {})));

      let started = performance.now();
      const accepts = await Promise.all(requests.flatMap((r) => helperIds.map((h) => call(h, 'accept', { requestId: r.id }).then((a) => ({ r, h, a })))));
      const acceptMs = performance.now() - started;
      const winners = new Map<string, string>();
      let doubleAccepted = 0;
      for (const { r, h, a } of accepts) {
        if (!a.ok) continue;
        if (winners.has(r.id)) doubleAccepted++;
        winners.set(r.id, h);
      }
      const acceptRefusals = accepts.filter(({ a }) => !a.ok && a.error.code !== 'CONFLICT').length;

      started = performance.now();
      const confirms = await Promise.all(
        requests.flatMap((r) => Array.from({ length: CONFIRMS_EACH * 2 }, (_, i) => call(i % 2 ? r.requester : winners.get(r.id)!, 'confirm', { requestId: r.id }))),
      );
      const confirmMs = performance.now() - started;
      const confirmed = confirms.filter((c) => c.ok).length;
      const internal = [...accepts.map(({ a }) => a), ...confirms].filter((x) => !x.ok && x.error.code === 'INTERNAL').length;

      const { rows } = await sql<{ escrow: number; held: number; done: number; unbalanced: number; pays: number }>`
        select
          coalesce((select balance from point_accounts where county_id = ${county.countyId} and kind = 'escrow'), 0)::int as escrow,
          coalesce((select sum(points) from help_requests where county_id = ${county.countyId} and state in ('open','accepted','disputed')), 0)::int as held,
          (select count(*)::int from help_requests where county_id = ${county.countyId} and state = 'done') as done,
          (select count(*)::int from (select transfer_id from point_entries where county_id = ${county.countyId} group by transfer_id having sum(amount) <> 0) x) as unbalanced,
          (select count(*)::int from point_transfers where county_id = ${county.countyId} and kind = 'help_pay') as pays`.execute(db);
      const f = rows[0];
      const correct = winners.size === REQUESTS && doubleAccepted === 0 && acceptRefusals === 0 && confirmed === REQUESTS * 2 && f.done === REQUESTS && f.pays === REQUESTS && f.escrow === f.held && f.unbalanced === 0 && internal === 0;
      console.log(label);
      console.log(`  accept: ${accepts.length} calls settled in ${acceptMs.toFixed(0)} ms, ${winners.size}/${REQUESTS} requests taken, taken twice ${doubleAccepted}, refused other than CONFLICT ${acceptRefusals}  ${verdict(acceptMs <= BUDGET_MS && correct)}`);
      console.log(`  confirm: ${confirms.length} calls settled in ${confirmMs.toFixed(0)} ms, ${confirmed} confirmations, ${f.done} done, ${f.pays} payments, escrow ${f.escrow} = held ${f.held}, unbalanced transfers ${f.unbalanced}, INTERNAL ${internal}  ${verdict(confirmMs <= BUDGET_MS && correct)}`);
    } finally {
      await pool.close();
    }
  });
}
