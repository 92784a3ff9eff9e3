import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB, UploadsTable } from '../../db/schema';

export async function recordUpload(db: Kysely<DB>, row: Insertable<UploadsTable>): Promise<void> {
  await db.insertInto('uploads').values(row).execute();
}

/**
 * One more photo of `bytes` for this person on this Beijing day. The table's
 * CHECKs refuse the one past the limit with a check violation (23514) that
 * names the constraint; the transaction is then aborted. The upsert locks the
 * person's row, so their concurrent uploads count one after another.
 */
export async function countUploadOfDay(db: Kysely<DB>, row: { countyId: string; ownerId: string; day: string; bytes: number }): Promise<void> {
  await sql`
    insert into upload_daily_counts (county_id, owner_id, day, photos, bytes)
    values (${row.countyId}, ${row.ownerId}, ${row.day}, 1, ${row.bytes})
    on conflict (owner_id, day) do update
      set photos = upload_daily_counts.photos + 1, bytes = upload_daily_counts.bytes + excluded.bytes`.execute(db);
}

/**
 * Of `refs`, the ones this user uploaded in this county, now marked attached.
 * One UPDATE both checks and claims: it waits for a clean-up that is removing
 * the same row, and then finds it gone, so a photo is never attached and
 * removed at once.
 */
export async function claimOwnedRefs(db: Kysely<DB>, countyId: string, ownerId: string, refs: readonly string[]): Promise<Set<string>> {
  if (refs.length === 0) return new Set();
  // Rows are locked in id order first: racing attaches of the same photos (a retried report) would otherwise
  // lock them in whatever order each scan meets their newest versions, and deadlock.
  const rows = await db
    .updateTable('uploads')
    .set({ unattachedSince: null })
    .where('id', 'in', (eb) =>
      eb.selectFrom('uploads').select('id').where('countyId', '=', countyId).where('ownerId', '=', ownerId).where('fileRef', 'in', [...refs]).orderBy('id').forUpdate(),
    )
    .returning('fileRef')
    .execute();
  return new Set(rows.map((r) => r.fileRef));
}

/** Uploads never attached since before `before`, oldest first. */
export function unattachedBefore(db: Kysely<DB>, before: Date, limit: number, countyId?: string) {
  let query = db.selectFrom('uploads').select(['id', 'fileRef']).where('unattachedSince', '<', before);
  if (countyId) query = query.where('countyId', '=', countyId);
  return query.orderBy('unattachedSince').limit(limit).execute();
}

/** Deletes the row if it is still unattached since before `before`; false if it was attached (or removed) meanwhile. */
export async function deleteIfUnattached(db: Kysely<DB>, id: string, before: Date): Promise<boolean> {
  const row = await db.deleteFrom('uploads').where('id', '=', id).where('unattachedSince', '<', before).returning('id').executeTakeFirst();
  return row !== undefined;
}
