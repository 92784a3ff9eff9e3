import { z } from 'zod';

/** A photo compressed on the phone stays well under this; anything bigger is refused, not cut. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_PHOTO_BYTES / 3) * 4;

/**
 * A person's uploads in one Beijing day. The CHECKs of upload_daily_counts
 * (migration 018) hold these figures; these are for the messages. A busy
 * handler posts a few photos for each of a dozen fixes; 60 is far above a
 * person's day and far below what fills the county's storage.
 */
export const DAILY_UPLOAD_PHOTOS = 60;
export const DAILY_UPLOAD_BYTES = 60 * 1024 * 1024;

export const filesInputs = {
  /** A photo as base64 (no data: prefix). The server checks what it really is. */
  upload: z
    .object({
      data: z
        .string()
        .min(16, { message: '照片是空的，请重新选择' })
        .max(MAX_BASE64_CHARS, { message: '照片太大了，请换一张或重新拍摄' })
        .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: '照片格式不对，请重新选择' }),
    })
    .strict(),
};

export interface UploadResult {
  /** What other actions take (`photos: [ref]`); only the uploader may use it. */
  ref: string;
}
