import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { CompiledQuery, createQueryId, PostgresQueryCompiler, sql, type Kysely, type RootOperationNode } from 'kysely';
import { beijingDay } from '../server/core/clock';
import type { Database } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrate';
import type { DB } from '../server/db/schema';
import { seedDemoCounty, type SeededCounty } from '../server/db/seed/demo-county';
import { findModule } from '../server/modules';
import { dispatch } from '../server/runtime/dispatch';
import type { Runtime } from '../server/runtime/runtime';
import { onBenchDatabase } from './each-database';
import { runtimeOn, statementProfiler, timeEach, type Timing } from './measure';
import { heading, median, verdict } from './format';

/**
 * ARCHITECTURE.md: a tally or a leaderboard costs the same at 1,000 and at
 * 1,000,000 votes. "The same" is read as within this factor (a busy 2-core
 * machine), and the ranking's plan must not read family_votes.
 */
const SAME_RATIO = 1.5;
const SMALL = 1000;
const CALLS = 200;
const WARM_UP = 50;
/** The ranking at 1,000 is read early in the process, before V8 has warmed to Kysely and the driver: a longer warm-up keeps that out of the ratio. */
const RANKING_WARM_UP = 200;
/** Approved families on the voting list. */
const ENTRIES = 50;
/** Synthetic voters behind the bulk votes, each giving the campaign's 20 votes a day to 20 different families. */
const SYNTHETIC_VOTERS = 10_000;
const VOTES_PER_DAY = 20;
/** Rows per INSERT … SELECT when growing family_votes. */
const CHUNK = 200_000;
const DAY_MS = 24 * 3_600_000;
const STORY =
  '我家有爸爸、妈妈、奶奶和我。奶奶腿脚不好，爸爸每天下班都扶她下楼散步；妈妈周末去社区做志愿者，帮邻居打扫楼道。我们家的垃圾每天都分好类再扔，楼下的叔叔阿姨都夸我们。';

const families = () => {
  const module = findModule('families');
  if (!module) throw new Error('no families module');
  return module;
};

/** One action through dispatch; a refusal stops the measurement (the figures would be of the error path). */
async function call<T>(runtime: Runtime, openid: string, action: string, input: unknown): Promise<T> {
  const result = await dispatch(runtime, families(), { action, input }, { openid });
  if (!result.ok) throw new Error(`families.${action}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

/**
 * The voting list: 王小明's family through the real flow (the child nominates,
 * the guardian consents, the community's staff approves), then copies of it
 * for other households of the county, approved, straight into the table.
 */
export async function votingList(db: Kysely<DB>, county: SeededCounty): Promise<string[]> {
  const runtime = runtimeOn(db);
  const { people, familyCampaignId } = county;
  const { nominationId } = await call<{ nominationId: string }>(runtime, people.minor.openid, 'nominate', { campaignId: familyCampaignId, displayName: '王小明家', story: STORY, photos: [] });
  await call(runtime, people.guardian.openid, 'consent', { nominationId, displayName: '王家', story: STORY, photos: [], showChildName: false });
  await call(runtime, people.staff.openid, 'review', { nominationId, decision: 'approve' });
  await sql`
    insert into family_nominations (id, county_id, campaign_id, household_id, community_id, nominated_by, nominator_kind, status, display_name, story, photos,
      consent_by, consent_at, reviewed_by, reviewed_at, created_at, updated_at)
    select gen_random_uuid(), n.county_id, n.campaign_id, h.id, b.community_id, n.reviewed_by, 'member', 'approved', '第' || row_number() over (order by h.id) || '家', n.story, n.photos,
      n.reviewed_by, n.consent_at, n.reviewed_by, n.reviewed_at, n.created_at, n.updated_at
    from family_nominations n
    join households h on h.county_id = n.county_id and h.id <> n.household_id
    join units u on u.id = h.unit_id
    join buildings b on b.id = u.building_id
    where n.id = ${nominationId}
    order by h.id
    limit ${ENTRIES - 1}`.execute(db);
  const rows = await db.selectFrom('familyNominations').select('id').where('campaignId', '=', familyCampaignId).where('status', '=', 'approved').orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** Voters without a home (the campaign lets them vote): users with ids md5(prefix‖g), openid prefix‖g, resident grants. */
export async function addVoters(db: Kysely<DB>, countyId: string, prefix: string, howMany: number, createdAt: Date): Promise<void> {
  await sql`
    insert into users (id, county_id, openid, name, created_at)
    select md5(${prefix}::text || g)::uuid, ${countyId}, ${prefix}::text || g, '居民' || g, ${createdAt}
    from generate_series(0, ${howMany - 1}::int) g`.execute(db);
  await sql`
    insert into role_grants (id, county_id, user_id, role, scope_type, scope_id)
    select gen_random_uuid(), ${countyId}, md5(${prefix}::text || g)::uuid, 'resident', 'county', ${countyId}
    from generate_series(0, ${howMany - 1}::int) g`.execute(db);
}

interface Growth {
  /** Synthetic votes inserted so far: the next one's number. */
  synthetic: number;
  prefix: string;
  /** The synthetic voters' accounts' creation. */
  createdAt: Date;
  days: string[];
  ats: Date[];
}

/**
 * Runs a bulk load into family_votes without its unique key, foreign keys and
 * secondary indexes, then puts them back from the catalogue's own definitions
 * (PostgreSQL's "Populating a Database"; row by row, the FK triggers alone
 * cost PGlite minutes for 1,000,000 rows). Adding them back checks every row,
 * so the synthetic votes are held to the same rules as the app's. The primary
 * key stays.
 */
async function withoutConstraints(db: Kysely<DB>, load: () => Promise<void>): Promise<void> {
  const constraints = (
    await sql<{ name: string; definition: string; kind: string }>`
      select conname as name, pg_get_constraintdef(oid) as definition, contype as kind
      from pg_constraint where conrelid = 'family_votes'::regclass and contype in ('u', 'f')`.execute(db)
  ).rows;
  const indexes = (
    await sql<{ name: string; definition: string }>`
      select indexname as name, indexdef as definition from pg_indexes
      where schemaname = current_schema() and tablename = 'family_votes'
        and indexname not in (select conname from pg_constraint where conrelid = 'family_votes'::regclass)`.execute(db)
  ).rows;
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(db);
  for (const constraint of constraints) await sql`alter table family_votes drop constraint ${sql.id(constraint.name)}`.execute(db);
  await load();
  // Keys and indexes first: the FK checks then run as one join each.
  for (const constraint of constraints.filter((c) => c.kind === 'u')) await sql`alter table family_votes add constraint ${sql.id(constraint.name)} ${sql.raw(constraint.definition)}`.execute(db);
  for (const index of indexes) await sql.raw(index.definition).execute(db);
  for (const constraint of constraints.filter((c) => c.kind === 'f')) await sql`alter table family_votes add constraint ${sql.id(constraint.name)} ${sql.raw(constraint.definition)}`.execute(db);
}

/**
 * Valid votes until the campaign has `target`: synthetic vote g is voter
 * g mod SYNTHETIC_VOTERS's (g div SYNTHETIC_VOTERS)-th, on the day before
 * today minus its slot div VOTES_PER_DAY, for family (voter + slot) mod
 * ENTRIES — 20 different families a voter a day, so the unique key holds.
 * Then the tallies are set to the valid votes (what the voting transaction
 * keeps them at) and the tables analyzed. The per-day and per-minute
 * counters of these past days are not written: nothing measured reads them.
 */
async function growVotes(db: Kysely<DB>, county: SeededCounty, entries: string[], growth: Growth, target: number): Promise<number> {
  const { familyCampaignId: campaignId, countyId } = county;
  const have = (await db.selectFrom('familyVotes').select(sql<number>`count(*)::int`.as('n')).where('campaignId', '=', campaignId).executeTakeFirstOrThrow()).n;
  const uuids = (ids: string[]) => sql`array[${sql.join(ids)}]::uuid[]`;
  const perDay = SYNTHETIC_VOTERS * VOTES_PER_DAY;
  const end = growth.synthetic + Math.max(0, target - have);
  await withoutConstraints(db, async () => {
    for (let from = growth.synthetic; from < end; from += CHUNK) {
      const to = Math.min(from + CHUNK, end);
      await sql`
        insert into family_votes (id, county_id, campaign_id, nomination_id, voter_id, day, dedupe_key, at, voter_created_at)
        select md5(${growth.prefix}::text || 'vote' || g)::uuid, ${countyId}, ${campaignId}, e, md5(${growth.prefix}::text || voter)::uuid,
          (array[${sql.join(growth.days)}]::text[])[1 + g / ${perDay}], e,
          (array[${sql.join(growth.ats)}]::timestamptz[])[1 + g / ${perDay}], ${growth.createdAt}::timestamptz
        from (
          select g, g % ${SYNTHETIC_VOTERS} as voter, (${uuids(entries)})[1 + (g % ${SYNTHETIC_VOTERS} + g / ${SYNTHETIC_VOTERS}) % ${entries.length}] as e
          from generate_series(${from}::int, ${to - 1}::int) g
        ) s`.execute(db);
    }
  });
  growth.synthetic = end;
  await sql`
    update family_nominations n set votes = coalesce(v.valid, 0)
    from family_nominations m
    left join (select nomination_id, count(*)::int as valid from family_votes where campaign_id = ${campaignId} and voided_at is null group by nomination_id) v on v.nomination_id = m.id
    where n.id = m.id and n.campaign_id = ${campaignId}`.execute(db);
  await sql`analyze family_votes`.execute(db);
  await sql`analyze family_nominations`.execute(db);
  return Math.max(have, target);
}

interface RankingFigures {
  votes: number;
  growSeconds: number;
  dispatch: Timing;
  bare: Timing;
  plan: string[];
  readsVotes: boolean;
  /** Sum of the tallies equals the count of valid votes. */
  talliesMatch: boolean;
}

/** families.entries via dispatch, then its SELECT on family_nominations alone, and EXPLAIN ANALYZE of it. */
async function measureRanking(db: Kysely<DB>, county: SeededCounty, votes: number, growSeconds: number): Promise<RankingFigures> {
  const profiler = statementProfiler();
  const runtime = runtimeOn(db.withPlugin(profiler));
  const input = { campaignId: county.familyCampaignId };
  const read = () => call<unknown[]>(runtime, county.people.resident.openid, 'entries', input);
  profiler.on = true;
  const listed = await read();
  profiler.on = false;
  if (listed.length !== ENTRIES) throw new Error(`families.entries listed ${listed.length} families, not ${ENTRIES}`);
  const compiler = new PostgresQueryCompiler();
  const statement = profiler.seen.map((s) => compiler.compileQuery(s.node, createQueryId())).find((q) => /from "family_nominations"/.test(q.sql));
  if (!statement) throw new Error('families.entries sent no statement on family_nominations');
  for (let i = 0; i < RANKING_WARM_UP; i++) await read();
  const dispatchTiming = await timeEach(0, CALLS, read);
  const bare = CompiledQuery.raw(statement.sql, [...statement.parameters]);
  for (let i = 0; i < RANKING_WARM_UP; i++) await db.executeQuery(bare);
  const bareTiming = await timeEach(0, CALLS, () => db.executeQuery(bare));
  const explained = await db.executeQuery(CompiledQuery.raw(`explain (analyze, costs off) ${statement.sql}`, [...statement.parameters]));
  const plan = explained.rows.map((row) => String(Object.values(row as Record<string, unknown>)[0]));
  const check = await sql<{ tallies: number; valid: number }>`
    select (select coalesce(sum(votes), 0)::int from family_nominations where campaign_id = ${county.familyCampaignId}) as tallies,
      (select count(*)::int from family_votes where campaign_id = ${county.familyCampaignId} and voided_at is null) as valid`.execute(db);
  const { tallies, valid } = check.rows[0];
  return { votes, growSeconds, dispatch: dispatchTiming, bare: bareTiming, plan, readsVotes: plan.some((l) => /family_votes/.test(l)), talliesMatch: tallies === valid && valid === votes };
}

/** One kind of statement of the vote: its SQL's verb and table, how many a vote sends, their median time. */
interface StatementShare {
  label: string;
  perVote: number;
  medianMs: number;
  totalMs: number;
}

interface VoteFigures {
  n: number;
  vote: Timing;
  insert: Timing;
  /** The same INSERT between BEGIN and COMMIT. */
  inTransaction: Timing;
  statementsPerVote: number;
  statements: StatementShare[];
}

function labelOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const verb = /^\w+/.exec(flat)?.[0].toLowerCase() ?? '?';
  // Kysely quotes the tables it builds; raw subqueries (a count, the caller's roles) do not.
  const table = (/\b(?:from|into|update)\s+"(\w+)"/i.exec(flat) ?? /\b(?:from|into|update)\s+(\w+)/i.exec(flat))?.[1] ?? '?';
  return `${verb} ${table}`;
}

/** The profile of the timed votes, by statement text (two statements on one table stay apart). */
function shares(seen: { node: RootOperationNode; ms: number }[], votes: number): StatementShare[] {
  const compiler = new PostgresQueryCompiler();
  const byText = new Map<string, number[]>();
  for (const s of seen) {
    const text = compiler.compileQuery(s.node, createQueryId()).sql;
    byText.set(text, [...(byText.get(text) ?? []), s.ms]);
  }
  return [...byText.entries()]
    .map(([text, ms]) => ({ label: labelOf(text), perVote: ms.length / votes, medianMs: median(ms), totalMs: ms.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.totalMs - a.totalMs);
}

/**
 * N residents (accounts a month old, no home: the campaign allows it) each
 * give one vote through the whole API path, spread over the families; then N
 * bare autocommit INSERTs of one row, on the same database and connection,
 * and N more each in a transaction of its own.
 */
async function measureVotes(db: Kysely<DB>, county: SeededCounty, entries: string[], n: number): Promise<VoteFigures> {
  const prefix = `bench-voter-${randomUUID()}:`;
  await addVoters(db, county.countyId, prefix, WARM_UP + n, new Date(Date.now() - 30 * DAY_MS));
  const profiler = statementProfiler();
  const runtime = runtimeOn(db.withPlugin(profiler));
  const vote = (i: number) => call(runtime, `${prefix}${i}`, 'vote', { nominationId: entries[i % entries.length] });
  await timeEach(0, WARM_UP, vote);
  profiler.on = true;
  const voteTiming = await timeEach(WARM_UP, WARM_UP + n, vote);
  profiler.on = false;

  await sql`create table bench_t (id integer primary key, n integer not null)`.execute(db);
  const insert = async (i: number) => {
    await sql`insert into bench_t (id, n) values (${i}, ${i})`.execute(db);
  };
  await timeEach(-WARM_UP, 0, insert);
  const insertTiming = await timeEach(0, n, insert);
  // The floor of any path that wraps its statements in a transaction, as dispatch does.
  const inTransaction = (i: number) => db.transaction().execute((trx) => sql`insert into bench_t (id, n) values (${i}, ${i})`.execute(trx));
  await timeEach(n, n + WARM_UP, inTransaction);
  const transactionTiming = await timeEach(n + WARM_UP, 2 * n + WARM_UP, inTransaction);
  return { n, vote: voteTiming, insert: insertTiming, inTransaction: transactionTiming, statementsPerVote: profiler.seen.length / n, statements: shares(profiler.seen, n) };
}

interface Figures {
  votes: VoteFigures;
  small: RankingFigures;
  large: RankingFigures;
}

/**
 * In this order, on one database: the voting list and its campaign opened for
 * voting, the ranking at 1,000 votes, the vote path (its votes join the
 * count), the ranking again once the campaign has `large` votes.
 */
async function measure(database: Database, n: number, large: number): Promise<Figures> {
  const { db } = database;
  await migrateToLatest(db);
  const county = await seedDemoCounty(db, { openidPrefix: `bench-${randomUUID()}:` });
  const entries = await votingList(db, county);

  // Voting since enough days for the synthetic votes, which fall on the days before today.
  const days = Math.max(1, Math.ceil(large / (SYNTHETIC_VOTERS * VOTES_PER_DAY)));
  const now = Date.now();
  const at = (d: number) => new Date(now + d * DAY_MS);
  await db
    .updateTable('familyCampaigns')
    .set({ nominationStartsAt: at(-days - 10), nominationEndsAt: at(-days - 3), votingStartsAt: at(-days - 2), votingEndsAt: at(7), requireHousehold: false, votesPerDay: VOTES_PER_DAY, familyVotesPerMinute: 10000 })
    .where('id', '=', county.familyCampaignId)
    .execute();
  const growth: Growth = { synthetic: 0, prefix: `bench-bulk-${randomUUID()}:`, createdAt: at(-days - 60), days: [], ats: [] };
  for (let d = 1; d <= days; d++) {
    // Noon, Beijing time (04:00 UTC), d days ago.
    const noon = new Date(Math.floor((now - d * DAY_MS) / DAY_MS) * DAY_MS + 4 * 3_600_000);
    growth.days.push(beijingDay(noon));
    growth.ats.push(noon);
  }
  await addVoters(db, county.countyId, growth.prefix, SYNTHETIC_VOTERS, growth.createdAt);

  let started = performance.now();
  const smallVotes = await growVotes(db, county, entries, growth, SMALL);
  const small = await measureRanking(db, county, smallVotes, (performance.now() - started) / 1000);
  const votes = await measureVotes(db, county, entries, n);
  started = performance.now();
  const largeVotes = await growVotes(db, county, entries, growth, large);
  const big = await measureRanking(db, county, largeVotes, (performance.now() - started) / 1000);
  return { votes, small, large: big };
}

const count = (x: number) => x.toLocaleString('en-US');
const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(9);
const pair = (t: Timing) => `${t.median.toFixed(2).padStart(6)} / ${t.p95.toFixed(2).padStart(6)}`;

/** The plan's nodes with their actual rows and loops, and the execution time. */
function compactPlan(plan: string[]): string[] {
  return plan
    .filter((line) => line.includes('(actual') || line.includes('(never executed)') || line.trim().startsWith('SubPlan') || line.startsWith('Execution Time'))
    .map((line) => line.replace(/\(actual time=[\d.]+\.\.([\d.]+) rows=([\d.]+) loops=(\d+)\)/, (_, t: string, rows: string, loops: string) => `rows=${Number(rows)} loops=${loops} (${t} ms)`));
}

function report(label: string, f: Figures): void {
  const { votes: v, small, large } = f;
  const ratio = v.vote.totalMs / v.insert.totalMs;
  console.log(label);
  console.log(`  ${'N=' + count(v.n)}${' '.repeat(22)}median / p95 ms      total`);
  console.log(`  families.vote via dispatch  ${pair(v.vote)}   ${(v.vote.totalMs / 1000).toFixed(1).padStart(6)} s   (${v.statementsPerVote.toFixed(1)} statements + BEGIN/COMMIT each)`);
  console.log(`  bare INSERT                 ${pair(v.insert)}   ${(v.insert.totalMs / 1000).toFixed(1).padStart(6)} s`);
  console.log(`  BEGIN; that INSERT; COMMIT  ${pair(v.inTransaction)}   ${(v.inTransaction.totalMs / 1000).toFixed(1).padStart(6)} s`);
  console.log(`  API path costs ${ratio.toFixed(1)}× a bare INSERT (median ${(v.vote.median / v.insert.median).toFixed(1)}×; one client: reported, the budget is at 16 clients, in hot writes)`);
  const inStatements = v.statements.reduce((a, s) => a + s.totalMs, 0) / v.n;
  const perVote = v.vote.totalMs / v.n;
  console.log(`  where a vote's ${perVote.toFixed(2)} ms (mean) go: ${inStatements.toFixed(2)} ms in its statements, ${(perVote - inStatements).toFixed(2)} ms in BEGIN/COMMIT, dispatch and JS:`);
  for (const s of v.statements) {
    console.log(`    ${s.label.padEnd(34)} ×${s.perVote.toFixed(1)}  median ${ms(s.medianMs)}  ${((s.totalMs / v.n / perVote) * 100).toFixed(0).padStart(3)}%`);
  }

  const rank = large.dispatch.median / small.dispatch.median;
  const rankBare = large.bare.median / small.bare.median;
  console.log(`  votes inserted: ${count(small.votes)} in ${small.growSeconds.toFixed(1)} s, grown to ${count(large.votes)} in ${large.growSeconds.toFixed(1)} s (INSERT … SELECT, keys and FKs re-added, tallies recounted, ANALYZE)`);
  console.log(`  ${'ranking read'.padEnd(30)} ${`${count(small.votes)}: median / p95 ms`.padStart(24)}   ${`${count(large.votes)}: median / p95 ms`.padStart(28)}   ratio`);
  console.log(`  ${'families.entries via dispatch'.padEnd(30)} ${pair(small.dispatch).padStart(24)}   ${pair(large.dispatch).padStart(28)}   ${rank.toFixed(1)}×`);
  console.log(`  ${'  its SELECT alone'.padEnd(30)} ${pair(small.bare).padStart(24)}   ${pair(large.bare).padStart(28)}   ${rankBare.toFixed(1)}×`);
  console.log(`  tallies equal the valid votes: ${small.talliesMatch && large.talliesMatch ? 'yes' : 'NO'}; the ranking's plan reads family_votes: ${large.readsVotes || small.readsVotes ? 'YES' : 'no'}`);
  console.log(
    `  ranking costs ${rank.toFixed(1)}× at ${count(large.votes)} what it costs at ${count(small.votes)} (budget: the same, read as ≤ ${SAME_RATIO}×, and no read of family_votes)  ${verdict(rank <= SAME_RATIO && !small.readsVotes && !large.readsVotes)}`,
  );
  console.log(`  EXPLAIN ANALYZE of the ranking SELECT at ${count(large.votes)} votes (plan nodes):`);
  for (const line of compactPlan(large.plan)) console.log(`    ${line}`);
}

/**
 * 文明家庭: a vote through the API path (dispatch: caller, schema, one
 * transaction with the use case) against a bare INSERT, N=BENCH_N; and the
 * voting list's ranking read at 1,000 and at 1,000,000 votes
 * (BENCH_VOTES_MAX lowers it for a quick run), which reads the tallies.
 */
export async function votePath(n: number): Promise<void> {
  const large = Math.max(SMALL, Number(process.env.BENCH_VOTES_MAX ?? 1_000_000));
  heading(`vote path: families.vote vs a bare INSERT (N=${n}, one client), and the ranking at ${count(SMALL)} and ${count(large)} votes (${CALLS} reads each after ${RANKING_WARM_UP})`);
  await onBenchDatabase(async (database, label) => report(label, await measure(database, n, large)));
}
