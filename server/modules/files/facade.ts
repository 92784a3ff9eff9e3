import type { Kysely } from 'kysely';
import { fail } from '../../core/errors';
import type { DB } from '../../db/schema';
import { ownedRefs } from './repo';

/**
 * Refuses photos the caller did not upload: someone else's photo (or a made-up
 * ref) cannot be passed off as evidence. `field` names the form field.
 */
export async function assertOwnPhotos(db: Kysely<DB>, owner: { countyId: string; userId: string }, refs: readonly string[], field = 'photos'): Promise<void> {
  const owned = await ownedRefs(db, owner.countyId, owner.userId, refs);
  const foreign = refs.filter((ref) => !owned.has(ref));
  if (foreign.length > 0) {
    throw fail.forbidden('有照片不是您上传的，请重新拍摄或选择', [{ field, message: `${foreign.length}张照片不是您上传的` }]);
  }
}
