import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { heading, kb, verdict } from './format';

/** WeChat's limits as ARCHITECTURE.md budgets them. */
const BUDGET = { main: 512 * 1024, sub: 256 * 1024, total: 2 * 1024 * 1024 };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * Main package = every file outside the subpackage roots listed in app.json.
 * Source maps are left out: DevTools does not upload them into the package.
 */
export function weappSizes(root: string): void {
  heading('weapp package sizes (dist/weapp)');
  const dist = path.join(root, 'dist/weapp');
  const appJson = path.join(dist, 'app.json');
  if (!existsSync(appJson)) {
    console.log('dist/weapp/app.json not found: run `npm run build:weapp` first. Skipped.');
    return;
  }
  const app = JSON.parse(readFileSync(appJson, 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/+$/, ''));
  const sizes = new Map<string, number>([['(main)', 0], ...roots.map((r) => [r, 0] as [string, number])]);
  let maps = 0;
  for (const file of filesUnder(dist)) {
    const bytes = statSync(file).size;
    if (file.endsWith('.map')) {
      maps += bytes;
      continue;
    }
    const rel = path.relative(dist, file).split(path.sep).join('/');
    const owner = roots.find((r) => rel.startsWith(`${r}/`)) ?? '(main)';
    sizes.set(owner, (sizes.get(owner) ?? 0) + bytes);
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const line = (name: string, bytes: number, budget: number) =>
    console.log(`${name.padEnd(24)} ${kb(bytes).padStart(10)}  / ${kb(budget).padStart(10)}  ${verdict(bytes <= budget)}`);
  line('main package', sizes.get('(main)') ?? 0, BUDGET.main);
  for (const r of roots) line(`  ${r}`, sizes.get(r) ?? 0, BUDGET.sub);
  line('total', total, BUDGET.total);
  if (maps) console.log(`(source maps not counted: ${kb(maps)})`);
}
