import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';

/** Whether a process with this id exists (one we may not signal counts). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Polls until the process is gone; false when it is still there after `ms`. */
export async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > until) return false;
    // A timer, not a pending promise alone, keeps Node's loop alive while waiting.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

const hasProc = (() => {
  try {
    readdirSync('/proc/self');
    return true;
  } catch {
    return false;
  }
})();

function realpathOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** The command line of a process ('' when it cannot be read). */
export function commandLine(pid: number): string {
  try {
    if (hasProc) return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
  } catch {
    return '';
  }
}

/**
 * Whether the process works inside `dir`: PostgreSQL's postmaster and every
 * backend change into their data folder, so this finds a server still holding
 * the folder even after its postmaster is gone. Without /proc (macOS) the
 * command line naming the folder stands in.
 */
export function worksIn(pid: number, dir: string): boolean {
  if (hasProc) {
    try {
      return readlinkSync(`/proc/${pid}/cwd`) === realpathOrSelf(dir);
    } catch {
      return false;
    }
  }
  return commandLine(pid).includes(dir);
}

/** Every process (other than this one) working inside `dir`; Linux only. */
export function processesWorkingIn(dir: string): number[] {
  if (!hasProc) return [];
  const target = realpathOrSelf(dir);
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) === target) found.push(pid);
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}
