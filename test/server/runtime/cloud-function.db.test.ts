import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Envelope } from '../../../server/core/result';
import { modules } from '../../../server/modules';
import { buildFunctions, BuiltFunction } from '../../../server/runtime/build/bundle-functions';
import { data, errorCode, seedCounty } from '../../support/app';
import { useTestDatabase } from '../../support/db';

/**
 * The built conventions function, called the way WeChat calls it: the platform
 * sets the caller in environment variables per invocation and the real
 * wx-server-sdk's getWXContext() reads them (node_modules/wx-server-sdk,
 * getWXContext: WX_CONTEXT_KEYS lists the variables, `WX_` is stripped).
 */
type CloudMain = (event: unknown, context?: unknown) => Promise<Envelope<any>>;

const ROOT = path.resolve(__dirname, '../../..');
const postgresUrl = process.env.TEST_DATABASE_URL;
const t = useTestDatabase();

let outDir: string;
let built: BuiltFunction[];
let main: CloudMain;

const PLATFORM_ENV = ['WX_CONTEXT_KEYS', 'WX_OPENID', 'WX_APPID', 'DATABASE_URL', 'COUNTY_ID'];
const savedEnv: Record<string, string | undefined> = {};

/** One invocation's platform environment; unset names are removed. */
function platform(env: { openid?: string; databaseUrl?: string; contextKeys?: string | null }) {
  for (const name of PLATFORM_ENV) delete process.env[name];
  if (env.contextKeys !== null) process.env.WX_CONTEXT_KEYS = env.contextKeys ?? 'WX_OPENID,WX_APPID';
  process.env.WX_APPID = 'wx0000000000000000';
  if (env.openid) process.env.WX_OPENID = env.openid;
  if (env.databaseUrl) process.env.DATABASE_URL = env.databaseUrl;
}

// The pools the function opens: closed at the end so that jest can exit.
type Closable = { end(): Promise<void> };
const pools = new Set<Closable>();
const pg = require('pg') as { Pool: new (...args: any[]) => Closable };
const OriginalPool = pg.Pool;

beforeAll(async () => {
  for (const name of PLATFORM_ENV) savedEnv[name] = process.env[name];
  outDir = mkdtempSync(path.join(os.tmpdir(), 'civic-functions-'));
  // The platform installs wx-server-sdk and pg beside index.js; here they come from the repo.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(outDir, 'node_modules'), 'dir');
  built = await buildFunctions({ outDir });
  // Created after the test database's own pool, so only the function's are recorded.
  pg.Pool = class extends OriginalPool {
    constructor(...args: unknown[]) {
      super(...args);
      pools.add(this);
    }
  };
  main = require(path.join(outDir, 'conventions', 'index.js')).main;
}, 120_000);

afterAll(async () => {
  await Promise.all([...pools].map((pool) => pool.end()));
  pg.Pool = OriginalPool;
  for (const name of PLATFORM_ENV) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the built cloud functions', () => {
  it('are one folder per module with the bundle, its source map, package.json and config.json', () => {
    const rootPackage = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(built.map((f) => f.name)).toEqual(modules.map((m) => m.name));
    for (const f of built) {
      const pkg = JSON.parse(readFileSync(path.join(f.dir, 'package.json'), 'utf8'));
      expect(pkg).toMatchObject({ name: f.name, main: 'index.js' });
      expect(pkg.dependencies).toEqual({ 'wx-server-sdk': rootPackage.dependencies['wx-server-sdk'], pg: rootPackage.dependencies.pg });
      expect(JSON.parse(readFileSync(path.join(f.dir, 'config.json'), 'utf8'))).toEqual({ permissions: { openapi: [] }, triggers: [], timeout: 10 });
      expect(f.mapBytes).toBeGreaterThan(0);
      expect(readFileSync(path.join(f.dir, 'index.js'), 'utf8')).toContain('sourceMappingURL=index.js.map');
    }
  });

  it('require only the platform-installed packages and Node built-ins; PGlite stays out', () => {
    const allowed = new Set(['wx-server-sdk', 'pg', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const f of built) {
      const code = readFileSync(path.join(f.dir, 'index.js'), 'utf8');
      const required = [...code.matchAll(/(?:require|import)\(["']([^"']+)["']\)/g)].map((m) => m[1]);
      expect(required.filter((name) => !allowed.has(name))).toEqual([]);
      expect(required).toEqual(expect.arrayContaining(['wx-server-sdk', 'pg']));
      expect(f.inputs.some((i) => i.path.includes('node_modules/@electric-sql'))).toBe(false);
      // PGlite alone is several MB; the whole function is a few hundred KB.
      expect(f.bytes).toBeLessThan(1024 * 1024);
    }
  });
});

describe('calling the conventions function with the real wx-server-sdk', () => {
  it('reads the caller the way the platform passes it', () => {
    const cloud = require(path.join(outDir, 'node_modules', 'wx-server-sdk'));
    platform({ openid: 'o-caller' });
    expect(cloud.getWXContext()).toMatchObject({ OPENID: 'o-caller', APPID: 'wx0000000000000000' });
    platform({ openid: 'o-caller', contextKeys: null });
    expect(cloud.getWXContext()).toEqual({});
  });

  it('refuses a call with no caller before touching any database, whatever the event claims', async () => {
    const county = await seedCounty(t.db);
    const resident = county.people.resident.openid;
    const event = { action: 'sign', input: { versionId: county.versions.civic }, openid: resident, userInfo: { openId: resident } };
    // No DATABASE_URL: reaching the database would answer INTERNAL, not UNAUTHENTICATED.
    platform({ contextKeys: null });
    expect(errorCode(await main(event, {}))).toBe('UNAUTHENTICATED');
    platform({});
    expect(errorCode(await main(event, {}))).toBe('UNAUTHENTICATED');
  });

  it('answers INTERNAL, not a crash, when DATABASE_URL is missing', async () => {
    platform({ openid: 'o-caller' });
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const result = await main({ action: 'list', input: {} }, {});
      expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
      expect(String(logged.mock.calls[0]?.[1])).toContain('DATABASE_URL');
    } finally {
      logged.mockRestore();
    }
  });

  // A cloud function only ever talks to a PostgreSQL server (PGlite is left out of the bundle).
  (postgresUrl ? describe : describe.skip)('on PostgreSQL (TEST_DATABASE_URL)', () => {
    async function pledgeOwners(versionId: string) {
      const rows = await t.db.selectFrom('pledges').select(['userId', 'signerNo']).where('versionId', '=', versionId).orderBy('signerNo').execute();
      return rows.map((r) => [r.userId, r.signerNo]);
    }

    it('signs the convention as the platform caller and returns the signer number', async () => {
      const county = await seedCounty(t.db);
      platform({ openid: county.people.resident.openid, databaseUrl: postgresUrl });
      const signed = data(await main({ action: 'sign', input: { versionId: county.versions.civic } }, {}));
      expect(signed).toMatchObject({ signerNo: 1, alreadySigned: false });
      expect(await pledgeOwners(county.versions.civic)).toEqual([[county.people.resident.userId, 1]]);
    }, 30_000);

    it('ignores an openid in the event: the pledge is the platform caller\'s', async () => {
      const county = await seedCounty(t.db);
      const { resident, guardian } = county.people;
      platform({ openid: guardian.openid, databaseUrl: postgresUrl });
      const event = { action: 'sign', input: { versionId: county.versions.civic }, openid: resident.openid, userInfo: { openId: resident.openid } };
      expect(data(await main(event, {}))).toMatchObject({ signerNo: 1 });
      expect(await pledgeOwners(county.versions.civic)).toEqual([[guardian.userId, 1]]);
    }, 30_000);
  });
});
