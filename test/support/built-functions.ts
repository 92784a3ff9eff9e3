import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Envelope } from '../../server/core/result';
import { buildFunctions, BuiltFunction } from '../../server/runtime/build/bundle-functions';

/**
 * The cloud functions built into a temp folder, called the way WeChat calls
 * them: the platform sets the caller in environment variables per invocation
 * (WX_CONTEXT_KEYS lists them, WX_OPENID holds the caller).
 */
export type CloudMain = (event: unknown, context?: unknown) => Promise<Envelope<any>>;

export const ROOT = path.resolve(__dirname, '../..');
const PLATFORM_ENV = ['WX_CONTEXT_KEYS', 'WX_OPENID', 'WX_APPID', 'DATABASE_URL', 'COUNTY_ID', 'MIGRATE_TOKEN', 'MIGRATION_DATABASE_URL', 'DATABASE_PREPARED_STATEMENTS', 'SETUP_CODE'];

/** One invocation's platform environment; unset names are removed. */
export function platform(env: { openid?: string; databaseUrl?: string; contextKeys?: string | null; extra?: Record<string, string> }) {
  for (const name of PLATFORM_ENV) delete process.env[name];
  if (env.contextKeys !== null) process.env.WX_CONTEXT_KEYS = env.contextKeys ?? 'WX_OPENID,WX_APPID';
  process.env.WX_APPID = 'wx0000000000000000';
  if (env.openid) process.env.WX_OPENID = env.openid;
  if (env.databaseUrl) process.env.DATABASE_URL = env.databaseUrl;
  Object.assign(process.env, env.extra ?? {});
}

type Closable = { end(): Promise<void> };

/** beforeAll/afterAll wiring: builds every function once and restores the environment after. */
export function useBuiltFunctions() {
  let instances = 0;
  const state: { outDir: string; built: BuiltFunction[]; main(name: string): CloudMain; coldMain(name: string): CloudMain } = {
    outDir: '',
    built: [],
    main: (name) => require(path.join(state.outDir, name, 'index.js')).main,
    coldMain: (name) => {
      // A new instance of the function: a copy at another path is a new module, whose booted runtime starts empty.
      const copy = path.join(state.outDir, `${name}-instance-${++instances}`);
      cpSync(path.join(state.outDir, name), copy, { recursive: true });
      return require(path.join(copy, 'index.js')).main;
    },
  };
  const savedEnv: Record<string, string | undefined> = {};
  // The pools a function opens, closed at the end so that jest can exit.
  const pools = new Set<Closable>();
  const pg = require('pg') as { Pool: new (...args: any[]) => Closable };
  const OriginalPool = pg.Pool;

  beforeAll(async () => {
    for (const name of PLATFORM_ENV) savedEnv[name] = process.env[name];
    state.outDir = mkdtempSync(path.join(os.tmpdir(), 'civic-functions-'));
    // The platform installs wx-server-sdk and pg beside index.js; here they come from the repo.
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(state.outDir, 'node_modules'), 'dir');
    state.built = await buildFunctions({ outDir: state.outDir });
    // Created after the test database's own pool, so only the functions' are recorded.
    pg.Pool = class extends OriginalPool {
      constructor(...args: unknown[]) {
        super(...args);
        pools.add(this);
      }
    };
  }, 120_000);

  afterAll(async () => {
    // Some were closed already by their owner (the migrate function closes its own).
    await Promise.all([...pools].filter((pool) => !(pool as { ended?: boolean }).ended).map((pool) => pool.end()));
    pg.Pool = OriginalPool;
    for (const name of PLATFORM_ENV) {
      if (savedEnv[name] === undefined) delete process.env[name];
      else process.env[name] = savedEnv[name];
    }
    if (state.outDir) rmSync(state.outDir, { recursive: true, force: true });
  });
  return state;
}
