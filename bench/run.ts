import os from 'node:os';
import path from 'node:path';
import { coldRequire, coldStart } from './cold-require';
import { dashboardReads } from './dashboard';
import { stopBenchServer } from './each-database';
import { helpBurst } from './help-burst';
import { hotWrites } from './hot-writes';
import { httpLoad } from './http-load';
import { lighthouseScores } from './lighthouse';
import { mallBurst } from './mall-burst';
import { noticeReceipts } from './notice-receipts';
import { placesImport } from './places-import';
import { reportsQueries } from './reports-queries';
import { signVsInsert } from './sign-vs-insert';
import { signupPath } from './signup-path';
import { votePath } from './vote-path';
import { weappSizes } from './weapp-size';

/**
 * `npm run bench`: the ARCHITECTURE.md performance budgets, measured and
 * printed. Figures, not a test: a section that breaks says so and the rest
 * still run, and the exit code stays 0.
 */
const ROOT = path.resolve(__dirname, '..');
const N = Number(process.env.BENCH_N ?? 2000);

async function section(name: string, run: () => void | Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    console.log(`${name}: could not measure: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main() {
  const started = Date.now();
  console.log(`bench: Node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}, ${new Date().toISOString()}`);
  await section('weapp sizes', () => weappSizes(ROOT));
  await section('hot writes', () => hotWrites(N));
  await section('mall burst', () => mallBurst());
  await section('help burst', () => helpBurst());
  await section('sign vs insert', () => signVsInsert(N));
  await section('reports queries', () => reportsQueries());
  await section('vote path', () => votePath(N));
  await section('dashboard', () => dashboardReads());
  await section('sign-up path', () => signupPath(N));
  await section('notice receipts', () => noticeReceipts());
  await section('places import', () => placesImport());
  await section('cold require', () => coldRequire(ROOT));
  await section('cold start', () => coldStart(ROOT));
  await section('http load', () => httpLoad());
  await section('lighthouse', () => lighthouseScores());
  await stopBenchServer();
  console.log(`\nbench done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

void main();
