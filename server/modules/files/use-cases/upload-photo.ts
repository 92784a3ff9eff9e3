import type { UseCaseContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { extensionOf, sniffImageType } from '../../../core/files/image-type';
import { stripMetadata } from '../../../core/files/strip-metadata';
import { newId } from '../../../core/ids';
import { DAILY_UPLOAD_BYTES, DAILY_UPLOAD_PHOTOS, MAX_PHOTO_BYTES, UploadResult } from '../contracts';
import { countUploadOfDay, recordUpload } from '../repo';

export const DAILY_PHOTOS_MESSAGE = `今天已经上传了${DAILY_UPLOAD_PHOTOS}张照片，明天再来吧`;
export const DAILY_BYTES_MESSAGE = `今天上传的照片加起来不能超过${DAILY_UPLOAD_BYTES / 1024 / 1024}MB，明天再来吧`;

/** Which daily limit a refused count hit, by the CHECK's name; null for any other error. */
function dailyLimitMessage(error: unknown): string | null {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  if (e?.code !== '23514') return null;
  if (e.constraint === 'upload_daily_photos_limit') return DAILY_PHOTOS_MESSAGE;
  if (e.constraint === 'upload_daily_bytes_limit') return DAILY_BYTES_MESSAGE;
  return null;
}

/**
 * Stores a photo and records who uploaded it, so that only they can attach it
 * to a report, a fix or a dispute. The type is read from the bytes, not from
 * what the client says. Metadata (the GPS position above all) is stripped
 * here whatever the phone did, since any client can call this action.
 *
 * The daily count comes before the store: a refused upload leaves nothing,
 * neither a row nor a file. The photo counts as unattached until a use case
 * attaches it (files facade); the clean-up removes it after a while otherwise.
 */
export async function uploadPhoto(ctx: UseCaseContext, input: { data: string }): Promise<UploadResult> {
  const received = Buffer.from(input.data, 'base64');
  if (received.length === 0 || received.length > MAX_PHOTO_BYTES) throw fail.validation('照片太大了，请换一张或重新拍摄', [{ field: 'data', message: '照片不能超过2MB' }]);
  const contentType = sniffImageType(received);
  if (!contentType) throw fail.validation('只能上传 JPG、PNG 或 WebP 格式的照片', [{ field: 'data', message: '不是照片' }]);
  const bytes = stripMetadata(received, contentType);
  if (!bytes) throw fail.validation('这张照片读不出来，请换一张', [{ field: 'data', message: '照片不完整' }]);

  const { db, actor, now } = ctx;
  try {
    await countUploadOfDay(db, { countyId: actor.countyId, ownerId: actor.userId, day: beijingDay(now), bytes: bytes.length });
  } catch (error) {
    const message = dailyLimitMessage(error);
    if (message) throw fail.rateLimited(message);
    throw error;
  }
  const id = newId();
  const ref = await ctx.files.save({ name: `${id}.${extensionOf(contentType)}`, bytes, contentType });
  await recordUpload(db, { id, countyId: actor.countyId, ownerId: actor.userId, fileRef: ref, contentType, bytes: bytes.length, createdAt: now, unattachedSince: now });
  return { ref };
}
