import type { Kysely } from 'kysely';
import { fail } from '../../core/errors';
import type { DB } from '../../db/schema';
import { claimOwnedRefs } from './repo';

/**
 * Attaches photos to whatever the caller is writing (a report, a fix, a
 * nomination, an avatar...), refusing any the caller did not upload: someone
 * else's photo (or a made-up ref) cannot be passed off as evidence. The
 * photos are marked attached in the caller's transaction, so the clean-up of
 * unattached uploads leaves them alone once that write commits, and not
 * before. A photo already removed by that clean-up is refused the same way.
 * `field` names the form field.
 */
export async function attachOwnPhotos(db: Kysely<DB>, owner: { countyId: string; userId: string }, refs: readonly string[], field = 'photos'): Promise<void> {
  const owned = await claimOwnedRefs(db, owner.countyId, owner.userId, refs);
  const foreign = refs.filter((ref) => !owned.has(ref));
  if (foreign.length > 0) {
    throw fail.forbidden('有照片不是您上传的或已过期，请重新拍摄或选择', [{ field, message: `${foreign.length}张照片不是您上传的或已过期` }]);
  }
}
