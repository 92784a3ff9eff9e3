import type { Insertable, Kysely } from 'kysely';
import type { DB, UploadsTable } from '../../db/schema';

export async function recordUpload(db: Kysely<DB>, row: Insertable<UploadsTable>): Promise<void> {
  await db.insertInto('uploads').values(row).execute();
}

/** Of `refs`, the ones this user uploaded in this county. */
export async function ownedRefs(db: Kysely<DB>, countyId: string, ownerId: string, refs: readonly string[]): Promise<Set<string>> {
  if (refs.length === 0) return new Set();
  const rows = await db
    .selectFrom('uploads')
    .select('fileRef')
    .where('countyId', '=', countyId)
    .where('ownerId', '=', ownerId)
    .where('fileRef', 'in', [...refs])
    .execute();
  return new Set(rows.map((r) => r.fileRef));
}
