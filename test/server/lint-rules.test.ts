import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The house rules of ARCHITECTURE.md live in eslint-house-rules.mjs
 * (house/boundaries, house/sql-in-repo); these snippets prove each one fires
 * where it should and stays quiet for what the architecture allows. The files
 * named below need not exist.
 */
const ROOT = path.resolve(__dirname, '../..');

interface Case {
  filePath: string;
  code: string;
}

/**
 * ESLint's Node API (`new ESLint({ cwd })`, `lintText` with a `filePath`) run in
 * a child Node: ESLint import()s eslint.config.mjs, which inside jest's module
 * sandbox works only under --experimental-vm-modules.
 */
const LINT_IN_NODE = `
const { ESLint } = require('eslint');
const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const c of cases) {
    const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
    out.push(result.messages.filter((m) => (m.ruleId || '').startsWith('house/') || m.fatal).map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})().catch((error) => { console.error(error); process.exit(1); });
`;

const cases: Case[] = [];
const results = new Map<Case, string[]>();

/** Registers a snippet now; its restriction messages are there once beforeAll ran. */
function lint(filePath: string, code: string): () => string[] {
  const c = { filePath, code };
  cases.push(c);
  return () => {
    const messages = results.get(c);
    if (!messages) throw new Error(`not linted: ${filePath}`);
    return messages;
  };
}

const use = (spec: string) => `import x from '${spec}';\nexport const y = x;\n`;

beforeAll(() => {
  const run = spawnSync(process.execPath, ['-e', LINT_IN_NODE], { cwd: ROOT, input: JSON.stringify(cases), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  const out: string[][] = JSON.parse(run.stdout);
  cases.forEach((c, i) => results.set(c, out[i]));
}, 60_000);

describe('a feature of the mini-program', () => {
  const page = 'src/features/household/pages/bind/index.tsx';
  const forbidden = ['@/features/convention/api/signConvention', '../../../convention/api/signConvention', '../../../../features/captain/hooks/useCaptainQueue'];
  const allowed = ['@/components/Page', '../../api/listRooms', '../../hooks/useMyBinding', '@/lib/cloud', '../../../../../server/modules/households/contracts', '../../../../../server/core/errors', 'react'];
  const fired = forbidden.map((spec) => [spec, lint(page, use(spec))] as const);
  const passed = allowed.map((spec) => [spec, lint(page, use(spec))] as const);

  it.each(fired)('may not import another feature: %s', (_spec, messages) => {
    expect(messages()).toEqual([expect.stringContaining('may not import another feature')]);
  });

  it.each(passed)('may import its own files, shared code and the server contracts: %s', (_spec, messages) => {
    expect(messages()).toEqual([]);
  });
});

describe('the mini-program and the server', () => {
  const internals = ['../../../server/modules/conventions/repo', '../../../server/db/schema', '../../../server/runtime/dispatch', '../../../server/modules/conventions/use-cases/sign-convention'];
  const fired = internals.map((spec) => [spec, lint('src/lib/api/campaign.ts', use(spec))] as const);
  const inFeature = lint('src/features/convention/api/x.ts', use('../../../../server/db/connect'));

  it.each(fired)('src/ may not import server internals: %s', (_spec, messages) => {
    expect(messages()).toEqual([expect.stringContaining('src/ may import only')]);
  });

  it('keeps that rule inside a feature too (rule options do not merge between config blocks)', () => {
    expect(inFeature()).toEqual([expect.stringContaining('src/ may import only')]);
  });
});

describe("a module's domain rules", () => {
  const rule = 'server/modules/conventions/domain/pledge-status.ts';
  const fired = ['kysely', 'pg', 'wx-server-sdk', '@tarojs/taro', '@electric-sql/pglite', '../repo', '../../../db/schema'].map(
    (spec) => [spec, lint(rule, use(spec))] as const,
  );
  const typeOnly = lint(rule, "import type { Kysely } from 'kysely';\nexport type D = Kysely<never>;\n");
  const core = lint(rule, use('../../../core/errors'));
  const sibling = lint(rule, use('./other-rule'));

  it.each(fired)('import nothing from %s', (_spec, messages) => {
    expect(messages()).toHaveLength(1);
  });

  it('counts a type-only import of Kysely too', () => {
    expect(typeOnly()).toHaveLength(1);
  });

  it('may use the core and its own domain', () => {
    expect(core()).toEqual([]);
    expect(sibling()).toEqual([]);
  });
});

describe('modules talking to each other', () => {
  const useCase = 'server/modules/conventions/use-cases/sign-convention.ts';
  const otherRepo = lint(useCase, use('../../households/repo'));
  const otherRepoFromHandlers = lint('server/modules/conventions/handlers.ts', use('../households/repo'));
  const otherRepoFromDomain = lint('server/modules/conventions/domain/x.ts', use('../../households/repo'));
  const facade = lint(useCase, use('../../households/facade'));
  const ownRepo = lint(useCase, use('../repo'));

  const otherUseCase = lint(useCase, use('../../conventions/use-cases/list-conventions'.replace('conventions', 'households')));
  const otherPermissions = lint('server/modules/campaign/use-cases/todo.ts', use('../../households/permissions'));
  const contracts = lint(useCase, use('../../households/contracts'));
  const throughImport = lint(useCase, "export const load = () => import('../../households/repo');\n");
  const throughRequire = lint(useCase, "export const repo = require('../../households/repo');\n");
  const reExported = lint('server/modules/conventions/facade.ts', "export { currentHome } from '../households/use-cases/my-binding';\n");
  const computed = lint(useCase, 'export const load = (m: string) => import(`../../${m}/repo`);\n');

  it("go through the other module's facade and contracts only", () => {
    for (const messages of [otherRepo, otherRepoFromHandlers, otherUseCase, otherPermissions]) {
      expect(messages()).toEqual([expect.stringContaining('only through its facade and contracts')]);
    }
    expect(otherRepoFromDomain()).toContainEqual(expect.stringContaining('only through its facade and contracts'));
    expect(facade()).toEqual([]);
    expect(contracts()).toEqual([]);
    expect(ownRepo()).toEqual([]);
  });

  it('hold for import(), require() and re-exports too, and refuse an import whose path is computed', () => {
    for (const messages of [throughImport, throughRequire, reExported]) expect(messages()).toEqual([expect.stringContaining('only through its facade and contracts')]);
    expect(computed()).toEqual([expect.stringContaining('computed import')]);
  });
});

describe('shared client code', () => {
  const cases = [
    ['src/components/Page.tsx', '@/features/household/hooks/useMyBinding'],
    ['src/lib/child-mode.ts', '../features/household/api/children'],
    ['src/hooks/useRemote.ts', '../features/reports/api/staffQueue'],
    ['src/lib/session.ts', "../features/auth/pages/index/index"],
  ].map(([file, spec]) => [`${file} → ${spec}`, lint(file, use(spec))] as const);
  const lazily = lint('src/lib/routes.ts', "export const page = () => import('../features/places/pages/import/index');\n");
  const shared = lint('src/components/Page.tsx', use('../lib/cloud'));

  it.each(cases)('never imports a feature: %s', (_name, messages) => {
    expect(messages()).toEqual([expect.stringContaining('never import a feature')]);
  });

  it('not even lazily, and may use the rest of the shared code', () => {
    expect(lazily()).toEqual([expect.stringContaining('never import a feature')]);
    expect(shared()).toEqual([]);
  });
});

describe("a module's SQL", () => {
  const query = "import type { Kysely } from 'kysely';\nexport const f = (db: Kysely<any>) => db.selectFrom('reports').selectAll().execute();\n";
  const write = "import type { Kysely } from 'kysely';\nexport const f = (db: Kysely<any>) => db.updateTable('reports').set({ status: 'x' }).execute();\n";
  const raw = "import { sql } from 'kysely';\nexport const f = sql`select 1`;\n";
  const inUseCase = [query, write, raw].map((code) => lint('server/modules/reports/use-cases/accept-report.ts', code));
  const inFacade = lint('server/modules/reports/facade.ts', query);
  const inRepo = [query, write, raw].map((code) => lint('server/modules/reports/repo.ts', code));

  it('is written in its repo.ts only: a use case or facade that builds a query is refused', () => {
    for (const messages of [...inUseCase, inFacade]) expect(messages()).toEqual([expect.stringContaining('SQL belongs in server/modules/reports/repo.ts')]);
    for (const messages of inRepo) expect(messages()).toEqual([]);
  });
});

describe('settings and secrets', () => {
  const inModule = lint('server/modules/questionnaires/seal.ts', 'export const key = process.env.QUESTIONNAIRE_SEAL_KEY;\n');
  const atEntry = lint('server/runtime/server-keys.ts', 'export const key = process.env.QUESTIONNAIRE_SEAL_KEY;\n');

  it('a module reads no environment variable: the Runtime hands it its keys', () => {
    expect(inModule()).toEqual([expect.stringContaining('A module reads no environment variable')]);
  });

  it('the entry point reads the environment', () => {
    expect(atEntry()).toEqual([]);
  });
});
