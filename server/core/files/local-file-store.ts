import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileStore } from './port';

/** The URL path under which the local server serves `dir`. */
export const LOCAL_FILES_PATH = '/files/';

/** Photos in a folder beside the database; the local server serves them read-only. */
export function localFileStore(dir: string): FileStore {
  return {
    async save({ name, bytes }) {
      await mkdir(dir, { recursive: true });
      // 'wx': never overwrite — names are fresh ids, a clash is a bug.
      await writeFile(path.join(dir, name), bytes, { flag: 'wx' });
      return LOCAL_FILES_PATH + name;
    },
  };
}
