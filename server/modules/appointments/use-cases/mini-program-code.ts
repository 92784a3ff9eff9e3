import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { AppError, fail } from '../../../core/errors';
import { ACCEPT_PAGE, invitationScene } from '../codes';
import { CLOSED_MESSAGES, invitationState } from '../domain/appointment-rules';
import { invitationById } from '../repo';

export const NO_MINI_PROGRAM_CODE = '小程序码要在微信里生成，请把邀请码告诉TA，或让TA扫下面的二维码';
export const WECHAT_REFUSED = '微信暂时没有生成小程序码，请稍后再试，或把邀请码告诉TA';

/**
 * The invitation as a 小程序码 WeChat's own camera opens: the accept page
 * with the scene `t=<token>`. Only its inviter (or an admin) gets it, only
 * while it is open; drawn by WeChat (wxacode.getUnlimited) in the cloud
 * functions, refused as VALIDATION where there is no WeChat (the H5 app keeps
 * its QR of the path). Writes nothing.
 */
export async function invitationMiniProgramCode(ctx: UseCaseContext, input: { invitationId: string }): Promise<{ image: string; scene: string }> {
  const { db, actor, now, miniProgramCodes } = ctx;
  const row = await invitationById(db, input.invitationId);
  if (!row || row.countyId !== actor.countyId) throw fail.notFound('没有找到这个邀请');
  if (row.createdBy !== actor.userId && !isCountyAdmin(actor)) throw fail.forbidden('只有发出邀请的人或创文办能拿到它的小程序码');
  const state = invitationState(row, now);
  if (state !== 'open') throw fail.conflict(CLOSED_MESSAGES[state]);
  if (!miniProgramCodes) throw fail.validation(NO_MINI_PROGRAM_CODE);
  const scene = invitationScene(row.token);
  let png: Buffer;
  try {
    png = await miniProgramCodes.unlimited({ scene, page: ACCEPT_PAGE });
  } catch {
    throw new AppError('UNAVAILABLE', WECHAT_REFUSED);
  }
  return { image: `data:image/png;base64,${png.toString('base64')}`, scene };
}
