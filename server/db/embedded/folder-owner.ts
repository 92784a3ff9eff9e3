import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commandLine, isAlive, processesWorkingIn, waitForExit, worksIn } from './processes';

/** The Node process that started the folder's server, so a second start can tell a live owner from a dead one. */
const OWNER_FILE = 'embedded.owner';

export function writeOwner(dataDir: string): void {
  writeFileSync(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);
}

export function removeOwner(dataDir: string): void {
  rmSync(path.join(dataDir, OWNER_FILE), { force: true });
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').split('\n', 1)[0].trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes the folder ready for a new server after whatever ended the last run.
 * A run killed with SIGKILL leaves its PostgreSQL running, orphaned, still
 * holding the folder: it is shut down (fast: a checkpoint, nothing lost).
 * Backends left by a postmaster that was itself killed hold its shared memory
 * and are killed. A postmaster.pid naming a dead process, or a process that
 * is not this folder's server (pids are reused, in containers especially), is
 * removed. A folder whose owner is a live Node process is refused: that is
 * another `npm start`, and its database is not ours to stop.
 */
export async function releaseFolder(dataDir: string, log: (message: string) => void): Promise<void> {
  const owner = readPid(path.join(dataDir, OWNER_FILE));
  if (owner && owner !== process.pid && isAlive(owner) && /\bnode\b|tsx/.test(commandLine(owner))) {
    throw new Error(`数据目录 ${dataDir} 正被另一个进程（pid ${owner}）使用：请先停止它，或用 DATA_DIR 换一个目录`);
  }
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const postmaster = readPid(pidFile);
  if (postmaster && isAlive(postmaster) && worksIn(postmaster, dataDir)) {
    log(`上次运行留下的数据库进程（pid ${postmaster}）还在，正在把它正常关闭…`);
    process.kill(postmaster, 'SIGINT');
    if (!(await waitForExit(postmaster, 30_000))) {
      process.kill(postmaster, 'SIGKILL');
      await waitForExit(postmaster, 5_000);
    }
  }
  // Only PostgreSQL's own processes: a shell someone opened in the folder is left alone.
  const orphans = processesWorkingIn(dataDir).filter((pid) => /(^|\/)postgres(:|\s|$)/.test(commandLine(pid)));
  if (orphans.length > 0) {
    log(`结束 ${orphans.length} 个无主的数据库进程`);
    for (const pid of orphans) process.kill(pid, 'SIGKILL');
    await Promise.all(orphans.map((pid) => waitForExit(pid, 5_000)));
  }
  if (existsSync(pidFile)) rmSync(pidFile, { force: true });
}
