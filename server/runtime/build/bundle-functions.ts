import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { modules } from '../../modules';

/**
 * WeChat cloud functions offer Node 16.13 and newer runtimes; esbuild lowers
 * our syntax to this. It does not polyfill APIs, so `findPostNode16Apis`
 * below looks for the ones a Node 16 runtime lacks.
 */
export const CLOUD_TARGET = 'node16';

/** Installed by the platform from each function's package.json, never bundled. */
export const EXTERNAL_PACKAGES = ['wx-server-sdk', 'pg'] as const;

/** The cloud function settings WeChat reads from config.json (seconds). */
export const CLOUD_TIMEOUT_SECONDS = 10;

export interface BuildFunctionsOptions {
  /** Where `<module>/index.js` etc. go; the repo's cloudfunctions/ for deploys, a temp dir for tests. */
  outDir: string;
  /** The repository root (holds package.json and server/). */
  rootDir?: string;
  /** Only these modules; all of server/modules/index.ts by default. */
  only?: string[];
  minify?: boolean;
}

export interface BuiltFunction {
  name: string;
  dir: string;
  /** Size of index.js in bytes. */
  bytes: number;
  mapBytes: number;
  /** Bundled inputs, largest first, for seeing what a function carries. */
  inputs: { path: string; bytes: number }[];
}

const ROOT = path.resolve(__dirname, '../../..');

/** The timer-triggered function that runs the scheduled jobs (overdue 督办, auto-close). */
export const SCHEDULER_FUNCTION = 'scheduler';

/** The deploy step's function: applies migrations when the deployer invokes it with MIGRATE_TOKEN. */
export const MIGRATE_FUNCTION = 'migrate';

/** Creates a county for the deployer who holds SETUP_CODE (once per code). */
export const SETUP_FUNCTION = 'setup';

/** WeChat's seven-field cron (second minute hour day month weekday year): every five minutes. */
const SCHEDULER_TRIGGERS = [{ name: 'every-five-minutes', type: 'timer', config: '0 */5 * * * * *' }];

/** The one line each function is: its module under the shared cloud entry. */
function entrySource(rootDir: string, name: string): string {
  const rel = (p: string) => JSON.stringify(path.join(rootDir, p).split(path.sep).join('/'));
  if (name === SETUP_FUNCTION) {
    return [`import { makeSetupMain } from ${rel('server/runtime/setup-main')};`, `export const main = makeSetupMain();`].join('\n');
  }
  if (name === MIGRATE_FUNCTION) {
    return [`import { makeMigrateMain } from ${rel('server/runtime/migrate-main')};`, `export const main = makeMigrateMain();`].join('\n');
  }
  if (name === SCHEDULER_FUNCTION) {
    return [`import { makeTimerMain } from ${rel('server/runtime/cloud-main')};`, `export const main = makeTimerMain();`].join('\n');
  }
  return [
    `import { makeMain } from ${rel('server/runtime/cloud-main')};`,
    `import { ${name}Module } from ${rel(`server/modules/${name}/handlers`)};`,
    `export const main = makeMain(${name}Module);`,
  ].join('\n');
}

async function rootPackage(rootDir: string): Promise<{ version: string; dependencies: Record<string, string> }> {
  return JSON.parse(await readFile(path.join(rootDir, 'package.json'), 'utf8'));
}

function functionPackage(name: string, root: { version: string; dependencies: Record<string, string> }) {
  const dependencies: Record<string, string> = {};
  for (const dep of EXTERNAL_PACKAGES) {
    const range = root.dependencies[dep];
    if (!range) throw new Error(`root package.json must list ${dep}: cloud functions install it`);
    dependencies[dep] = range;
  }
  return { name, version: root.version, private: true, main: 'index.js', dependencies };
}

/**
 * The WeChat server APIs (云调用) a function may call. WeChat refuses a cloud
 * call that the function's config.json does not declare, so every function
 * that boots the WeChat runtime (cloud-main.ts: content safety, subscribe
 * messages, phone numbers, 小程序码) declares them all; migrate and setup call
 * none. Kept equal to the adapters' calls by cloud-function.db.test.ts.
 */
export const CLOUD_OPENAPI = ['phonenumber.getPhoneNumber', 'security.msgSecCheck', 'subscribeMessage.send', 'wxacode.getUnlimited'];

const cloudConfig = { permissions: { openapi: CLOUD_OPENAPI }, triggers: [], timeout: CLOUD_TIMEOUT_SECONDS };
const toolConfig = { permissions: { openapi: [] as string[] }, triggers: [], timeout: 60 };

/** Bundles one deployable folder per server module. */
export async function buildFunctions(options: BuildFunctionsOptions): Promise<BuiltFunction[]> {
  const rootDir = options.rootDir ?? ROOT;
  const root = await rootPackage(rootDir);
  const names = [...modules.map((m) => m.name), SCHEDULER_FUNCTION, MIGRATE_FUNCTION, SETUP_FUNCTION].filter((n) => !options.only || options.only.includes(n));
  const built: BuiltFunction[] = [];
  for (const name of names) {
    const dir = path.join(options.outDir, name);
    // A clean folder: a stale file from an old build must not be deployed.
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const outfile = path.join(dir, 'index.js');
    const result = await build({
      stdin: { contents: entrySource(rootDir, name), resolveDir: rootDir, sourcefile: `cloudfunctions/${name}/entry.ts`, loader: 'ts' },
      outfile,
      bundle: true,
      platform: 'node',
      target: CLOUD_TARGET,
      format: 'cjs',
      minify: options.minify ?? true,
      sourcemap: 'linked',
      sourcesContent: false,
      external: [...EXTERNAL_PACKAGES],
      // connect.ts loads pg with import(); as require() it resolves like
      // wx-server-sdk does (NODE_PATH included) and stays lazy all the same.
      supported: { 'dynamic-import': false },
      metafile: true,
      logLevel: 'silent',
    });
    await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(functionPackage(name, root), null, 2)}\n`);
    const config =
      name === SCHEDULER_FUNCTION ? { ...cloudConfig, triggers: SCHEDULER_TRIGGERS, timeout: 60 } : name === MIGRATE_FUNCTION || name === SETUP_FUNCTION ? toolConfig : cloudConfig;
    await writeFile(path.join(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
    const output = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('index.js'))?.[1];
    const inputs = Object.entries(output?.inputs ?? {})
      .map(([p, v]) => ({ path: p, bytes: v.bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes);
    built.push({
      name,
      dir,
      bytes: (await stat(outfile)).size,
      mapBytes: (await stat(`${outfile}.map`)).size,
      inputs,
    });
  }
  return built;
}

/**
 * esbuild lowers syntax for the target but leaves library calls alone; these
 * are the globals and methods a bundle could use that Node 16 lacks. (Kysely's
 * `Symbol.asyncDispose` is left out: it defines that symbol itself.)
 */
const POST_NODE16_APIS = ['structuredClone', '.findLast(', '.findLastIndex(', '.toSorted(', '.toReversed(', '.toSpliced(', '.toWellFormed(', 'Object.groupBy', 'Promise.withResolvers', 'Array.fromAsync', 'AbortSignal.timeout', 'AbortSignal.any', 'Symbol.dispose'];

export async function findPostNode16Apis(file: string): Promise<string[]> {
  const code = await readFile(file, 'utf8');
  return POST_NODE16_APIS.filter((api) => code.includes(api));
}
