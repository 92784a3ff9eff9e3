import type { UseCaseContext } from '../../core/action';
import { isCountyAdmin } from '../../core/actor';
import { fail } from '../../core/errors';

/** Only the county's admins change its address book. */
export function assertPlacesAdmin(ctx: Pick<UseCaseContext, 'actor'>): void {
  if (!isCountyAdmin(ctx.actor)) throw fail.forbidden('只有创文办能导入和修改全县的地址');
}

/** Where the mini-program puts a file to import (src/features/places/lib/sheet.ts): nothing else is read or removed. */
const IMPORTS = /^cloud:\/\/[^/]+\/imports\/[^/]+$/;

/** The sheet's bytes: from the call, or from the cloud storage the mini-program put it in. */
export async function sheetBytes(ctx: Pick<UseCaseContext, 'files'>, file: { data?: string; fileId?: string }): Promise<Buffer> {
  if (file.data) return Buffer.from(file.data.replace(/\s/g, ''), 'base64');
  if (!IMPORTS.test(file.fileId ?? '')) throw fail.validation('只能导入刚选择的文件，请重新选择', [{ field: 'fileId', message: '请重新选择文件' }]);
  if (!ctx.files.readIncoming) throw fail.validation('这里不能从云存储读取文件，请直接选择文件', [{ field: 'fileId', message: '请重新选择文件' }]);
  try {
    return await ctx.files.readIncoming(file.fileId!);
  } catch {
    throw fail.validation('上传的文件读不到了，请重新选择', [{ field: 'fileId', message: '请重新选择文件' }]);
  }
}

/** Once imported, the uploaded file is not kept in cloud storage (a failure to remove it is not the import's failure). */
export async function dropUploadedFile(ctx: Pick<UseCaseContext, 'files'>, file: { fileId?: string }): Promise<void> {
  if (!file.fileId || !IMPORTS.test(file.fileId) || !ctx.files.removeIncoming) return;
  await ctx.files.removeIncoming(file.fileId).catch(() => undefined);
}
