import path from 'node:path';
import { buildFunctions, findPostNode16Apis } from '../server/runtime/build/bundle-functions';

/** `npm run build:functions`: cloudfunctions/<module>/ ready for WeChat DevTools to upload. */
async function main() {
  const outDir = path.resolve(__dirname, '../cloudfunctions');
  const started = Date.now();
  const built = await buildFunctions({ outDir });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const f of built) {
    const newer = await findPostNode16Apis(path.join(f.dir, 'index.js'));
    const note = newer.length ? `  uses ${newer.join(', ')} (not in Node 16)` : '';
    console.log(`${f.name.padEnd(12)} index.js ${kb(f.bytes).padStart(9)}   map ${kb(f.mapBytes).padStart(9)}${note}`);
  }
  console.log(`${built.length} functions in ${path.relative(process.cwd(), outDir) || outDir}/ (${Date.now() - started} ms)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
