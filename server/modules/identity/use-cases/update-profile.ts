import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { renameUser } from '../repo';

/** A first-time WeChat user is "微信用户xxxx" until they give the name a certificate should carry. */
export async function updateProfile({ db, actor, now }: UseCaseContext, input: { name: string }): Promise<{ name: string }> {
  await renameUser(db, actor.userId, input.name);
  await recordAudit(db, actor, { role: actor.isMinor ? 'minor' : 'resident', action: 'profile.rename', subjectType: 'user', subjectId: actor.userId, data: { name: input.name }, at: now });
  return { name: input.name };
}
