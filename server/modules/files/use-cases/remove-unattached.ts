import type { Kysely } from 'kysely';
import type { FileStore } from '../../../core/files/port';
import type { DB } from '../../../db/schema';
import { deleteIfUnattached, unattachedBefore } from '../repo';

/**
 * How long an upload may wait to be attached. Forms keep their photos in a
 * draft on the phone (useDraft) while the person finishes later; a week
 * leaves room for that and still clears what was picked and abandoned.
 */
export const UNATTACHED_GRACE_MS = 7 * 24 * 3_600_000;
const BATCH = 200;

export interface RemoveUnattachedResult {
  removed: number;
  /** Photos the store would not remove: their rows stay, and the next pass tries again. */
  failed: number;
}

/**
 * The scheduler's pass over uploads that nothing ever used: a photo picked
 * for a report that was never sent costs storage, and it is a picture of
 * someone's street that nobody needs to keep. Removes the file and its row,
 * at most BATCH a pass, oldest first.
 *
 * Each upload is its own transaction: the row is deleted first, which locks
 * it, so a report attaching the same photo at that moment waits and then
 * finds it gone (and is refused) instead of pointing at a removed file. The
 * file is removed before the commit, so a store that fails keeps the row for
 * the next pass. Running twice, or twice at once, removes nothing more.
 * `options.countyId` limits a pass to one county; `options.log` hears of a
 * file the store would not remove.
 */
export async function removeUnattachedUploads(
  db: Kysely<DB>,
  files: FileStore,
  now: Date,
  options: { countyId?: string; log?: (message: string, error?: unknown) => void } = {},
): Promise<RemoveUnattachedResult> {
  const before = new Date(now.getTime() - UNATTACHED_GRACE_MS);
  const due = await unattachedBefore(db, before, BATCH, options.countyId);
  const result: RemoveUnattachedResult = { removed: 0, failed: 0 };
  for (const upload of due) {
    try {
      const removed = await db.transaction().execute(async (trx) => {
        if (!(await deleteIfUnattached(trx, upload.id, before))) return false; // attached, or removed by another pass
        await files.remove(upload.fileRef);
        return true;
      });
      if (removed) result.removed += 1;
    } catch (error) {
      // One file the store refuses must not stop the others.
      result.failed += 1;
      options.log?.(`files: could not remove unattached upload ${upload.id}`, error);
    }
  }
  return result;
}
