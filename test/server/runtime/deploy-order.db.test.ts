import { sql } from 'kysely';
import { openDatabase, type Database } from '../../../server/db/connect';
import { MIGRATION_NAMES } from '../../../server/db/migrations/names';
import { readSchemaState } from '../../../server/db/schema-version';
import { MIGRATE_FUNCTION } from '../../../server/runtime/build/bundle-functions';
import { data, errorCode } from '../../support/app';
import { platform, useBuiltFunctions } from '../../support/built-functions';
import { seedDemoCounty } from '../../../server/db/seed/demo-county';
import { createDatabase, testServerAdminUrl, type ScratchDatabase } from '../../support/test-server';

/**
 * Deploying: migrations are a step of their own, run before the functions are
 * updated, and only ever add. A function's cold start reads the schema
 * version; it never migrates. Each test has a database of its own, since it
 * changes the schema.
 */
const functions = useBuiltFunctions();
const TOKEN = 'a-deployers-token-of-thirty-two-chars';

const opened: { scratch: ScratchDatabase; database: Database }[] = [];
async function scratchDatabase(options: { migrate: boolean }) {
  const scratch = await createDatabase(testServerAdminUrl(), options);
  const database = await openDatabase({ url: scratch.url, maxConnections: 2 });
  opened.push({ scratch, database });
  return { ...scratch, db: database.db };
}
afterEach(async () => {
  for (const { scratch, database } of opened.splice(0)) {
    await database.close();
    await scratch.drop();
  }
});

/** What the next release's expand step could do: a new table, a nullable column on a table this release reads whole. */
async function nextReleaseMigration(db: Database['db']) {
  await sql`create table next_release_things (id uuid primary key, note text)`.execute(db);
  await sql`alter table convention_versions add column next_release_note text`.execute(db);
  await sql`insert into kysely_migration (name, timestamp) values ('999_next_release', now())`.execute(db);
}

async function migrationTableExists(db: Database['db']) {
  const { rows } = await sql<{ found: string | null }>`select to_regclass('kysely_migration')::text as found`.execute(db);
  return rows[0].found !== null;
}

describe('deploying a release', () => {
  it.each([
    ['through the pooler, no named statements', false],
    ['on a direct connection with named statements on', true],
  ])('a function keeps serving, warm and cold, after the database moves on to the next release\'s schema (%s)', async (_how, named) => {
    const scratch = await scratchDatabase({ migrate: true });
    const county = await seedDemoCounty(scratch.db, { openidPrefix: `deploy-a-${named}:` });
    const warm = functions.coldMain('conventions');
    const call = (openid: string, action: string, input: unknown, instance = warm) => {
      platform(named ? { openid, databaseUrl: scratch.url, extra: { DATABASE_PREPARED_STATEMENTS: 'on' } } : { openid, databaseUrl: scratch.viaTestUrl() });
      return instance({ action, input });
    };
    const sign = (openid: string, instance = warm) => call(openid, 'sign', { versionId: county.versions.civic }, instance);
    const titles = async () => data<any[]>(await call(county.people.resident.openid, 'list', {})).map((c) => c.title);
    expect(data(await sign(county.people.resident.openid))).toMatchObject({ signerNo: 1 });
    const before = await titles();
    expect(before.length).toBeGreaterThan(0);

    await nextReleaseMigration(scratch.db);
    expect(await readSchemaState(scratch.db)).toEqual({ state: 'ready', newer: ['999_next_release'] });

    // The warm instance reads whole rows of the table that just gained a column: its cached plan, if any, fails (0A000) and is prepared afresh.
    expect(await titles()).toEqual(before);
    expect(data(await sign(county.people.guardian.openid))).toMatchObject({ signerNo: 2 });
    expect(data(await sign(county.people.captain.openid, functions.coldMain('conventions')))).toMatchObject({ signerNo: 3 });
  });

  it('a function deployed before its migration refuses every call with UNAVAILABLE, changes nothing, and serves once the migration has run', async () => {
    const scratch = await scratchDatabase({ migrate: false });
    const main = functions.coldMain('conventions');
    platform({ openid: 'deploy-b:someone', databaseUrl: scratch.viaTestUrl(), extra: { COUNTY_ID: '00000000-0000-4000-8000-000000000000' } });
    const answer = await main({ action: 'list', input: {} });
    expect(answer).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: '系统正在升级，请稍后再试' } });
    expect(await migrationTableExists(scratch.db)).toBe(false);

    // The deployer runs the migrate function; the waiting function notices on its next look (every few seconds).
    platform({ extra: { MIGRATE_TOKEN: TOKEN, MIGRATION_DATABASE_URL: scratch.url } });
    data(await functions.coldMain(MIGRATE_FUNCTION)({ token: TOKEN }));
    const county = await seedDemoCounty(scratch.db, { openidPrefix: 'deploy-b:' });
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    try {
      jest.setSystemTime(Date.now() + 6_000);
      platform({ openid: county.people.resident.openid, databaseUrl: scratch.viaTestUrl() });
      expect(errorCode(await main({ action: 'list', input: {} }))).toBeUndefined();
    } finally {
      jest.useRealTimers();
    }
  });

  it('the migrate function applies what is missing, once, for the deployer\'s token only', async () => {
    const scratch = await scratchDatabase({ migrate: false });
    const migrate = functions.main(MIGRATE_FUNCTION);
    const call = async (env: Parameters<typeof platform>[0], event: unknown) => {
      platform(env);
      return migrate(event, {});
    };
    const direct = { MIGRATION_DATABASE_URL: scratch.url };

    expect(errorCode(await call({ openid: 'o-resident', extra: { ...direct, MIGRATE_TOKEN: TOKEN } }, { token: TOKEN }))).toBe('FORBIDDEN');
    expect(errorCode(await call({ extra: direct }, { token: '' }))).toBe('FORBIDDEN');
    expect(errorCode(await call({ extra: { ...direct, MIGRATE_TOKEN: 'short' } }, { token: 'short' }))).toBe('FORBIDDEN');
    expect(errorCode(await call({ extra: { ...direct, MIGRATE_TOKEN: TOKEN } }, { token: `${TOKEN}x` }))).toBe('FORBIDDEN');
    expect(errorCode(await call({ extra: { ...direct, MIGRATE_TOKEN: TOKEN } }, {}))).toBe('FORBIDDEN');
    expect(await migrationTableExists(scratch.db)).toBe(false);

    const first = data<any>(await call({ extra: { ...direct, MIGRATE_TOKEN: TOKEN } }, { token: TOKEN }));
    expect(first).toEqual({ applied: [...MIGRATION_NAMES], schema: { state: 'ready', newer: [] } });
    const again = data<any>(await call({ extra: { ...direct, MIGRATE_TOKEN: TOKEN } }, { token: TOKEN }));
    expect(again.applied).toEqual([]);
  });

  it('two deployers migrating at once apply each migration once', async () => {
    const scratch = await scratchDatabase({ migrate: false });
    platform({ extra: { MIGRATE_TOKEN: TOKEN, MIGRATION_DATABASE_URL: scratch.url } });
    const [a, b] = await Promise.all([functions.coldMain(MIGRATE_FUNCTION)({ token: TOKEN }), functions.coldMain(MIGRATE_FUNCTION)({ token: TOKEN })]);
    const applied = [...data<any>(a).applied, ...data<any>(b).applied];
    expect(applied.sort()).toEqual([...MIGRATION_NAMES]);
    expect(await readSchemaState(scratch.db)).toEqual({ state: 'ready', newer: [] });
  });
});
