import type { UseCaseContext } from '../../core/action';
import { isCountyAdmin } from '../../core/actor';
import { fail } from '../../core/errors';

/** Only the county's admins change its address book. */
export function assertPlacesAdmin(ctx: Pick<UseCaseContext, 'actor'>): void {
  if (!isCountyAdmin(ctx.actor)) throw fail.forbidden('只有创文办能导入和修改全县的地址');
}

/** The sheet's bytes: from the call, or from the cloud storage the mini-program put it in. */
export async function sheetBytes(ctx: Pick<UseCaseContext, 'files'>, file: { data?: string; fileId?: string }): Promise<Buffer> {
  if (file.data) return Buffer.from(file.data.replace(/\s/g, ''), 'base64');
  if (!ctx.files.readIncoming) throw fail.validation('这里不能从云存储读取文件，请直接选择文件', [{ field: 'fileId', message: '请重新选择文件' }]);
  try {
    return await ctx.files.readIncoming(file.fileId!);
  } catch {
    throw fail.validation('上传的文件读不到了，请重新选择', [{ field: 'fileId', message: '请重新选择文件' }]);
  }
}
