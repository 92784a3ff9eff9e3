import { mkdir, rm, writeFile } from 'node:fs/promises';
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
    async remove(ref) {
      const name = ref.slice(LOCAL_FILES_PATH.length);
      // Only a name this store gave out: never a path that leaves the folder.
      if (!ref.startsWith(LOCAL_FILES_PATH) || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new Error(`local file store: not a photo ref: ${ref}`);
      await rm(path.join(dir, name), { force: true });
    },
  };
}
