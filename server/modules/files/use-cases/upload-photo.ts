import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { extensionOf, sniffImageType } from '../../../core/files/image-type';
import { newId } from '../../../core/ids';
import { MAX_PHOTO_BYTES, UploadResult } from '../contracts';
import { recordUpload } from '../repo';

/**
 * Stores a photo and records who uploaded it, so that only they can attach it
 * to a report, a fix or a dispute. The type is read from the bytes, not from
 * what the client says; the phone has already compressed (and so stripped the
 * location metadata of) the picture.
 */
export async function uploadPhoto(ctx: UseCaseContext, input: { data: string }): Promise<UploadResult> {
  const bytes = Buffer.from(input.data, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_PHOTO_BYTES) throw fail.validation('照片太大了，请换一张或重新拍摄', [{ field: 'data', message: '照片不能超过2MB' }]);
  const contentType = sniffImageType(bytes);
  if (!contentType) throw fail.validation('只能上传 JPG、PNG 或 WebP 格式的照片', [{ field: 'data', message: '不是照片' }]);
  const id = newId();
  const ref = await ctx.files.save({ name: `${id}.${extensionOf(contentType)}`, bytes, contentType });
  await recordUpload(ctx.db, { id, countyId: ctx.actor.countyId, ownerId: ctx.actor.userId, fileRef: ref, contentType, bytes: bytes.length, createdAt: ctx.now });
  return { ref };
}
