import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { NO_CONTACT_FROM_MINORS } from '../../../core/authorize';
import { fail } from '../../../core/errors';
import { attachOwnPhotos } from '../../files/facade';
import { profileOf, renameUser, setAvatar, setPhone } from '../repo';

/** A first-time WeChat user is "微信用户xxxx" until they give the name a certificate should carry (and, if they like, an avatar). */
export async function updateProfile(ctx: UseCaseContext, input: { name: string; avatarRef?: string | null }): Promise<{ name: string; avatarRef: string | null }> {
  const { db, actor, now } = ctx;
  await renameUser(db, actor.userId, input.name);
  const role = actor.isMinor ? 'minor' : 'resident';
  await recordAudit(db, actor, { role, action: 'profile.rename', subjectType: 'user', subjectId: actor.userId, data: { name: input.name }, at: now });
  let avatarRef = (await profileOf(db, actor.userId)).avatarRef ?? null;
  if (input.avatarRef !== undefined && input.avatarRef !== avatarRef) {
    // Only a photo this person uploaded (WeChat's avatar button hands the app a file it then uploads).
    if (input.avatarRef) await attachOwnPhotos(db, { countyId: actor.countyId, userId: actor.userId }, [input.avatarRef], 'avatarRef');
    avatarRef = input.avatarRef;
    await setAvatar(db, actor.userId, avatarRef);
  }
  return { name: input.name, avatarRef };
}

export const NO_WECHAT_PHONE = '这里不能用微信手机号，请手动填写';
export const PHONE_NOT_GIVEN = '没有拿到手机号，请再点一次，或手动填写';

/** The number the person chose to share with WeChat's phone-number button, exchanged for its one-time code. */
export async function phoneFromWeChat(ctx: UseCaseContext, input: { code: string }): Promise<{ phone: string }> {
  const { db, actor, now, phoneNumbers } = ctx;
  // The gate refuses minors already (contactFromAdults); a minor's phone is never stored, whoever calls this.
  if (actor.isMinor || actor.via) throw fail.forbidden(NO_CONTACT_FROM_MINORS);
  if (!phoneNumbers) throw fail.validation(NO_WECHAT_PHONE, [{ field: 'code', message: NO_WECHAT_PHONE }]);
  let phone: string;
  try {
    phone = await phoneNumbers.exchange(input.code);
  } catch {
    throw fail.validation(PHONE_NOT_GIVEN, [{ field: 'code', message: PHONE_NOT_GIVEN }]);
  }
  if (!/^1\d{10}$/.test(phone)) throw fail.validation(PHONE_NOT_GIVEN, [{ field: 'code', message: '只能用中国大陆的手机号' }]);
  await setPhone(db, actor.userId, phone);
  await recordAudit(db, actor, { role: actor.isMinor ? 'minor' : 'resident', action: 'profile.phoneFromWeChat', subjectType: 'user', subjectId: actor.userId, at: now });
  return { phone };
}
