import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { assertSafe } from '../../../core/content-safety/assert-safe';
import { renameUser } from '../repo';

/** A first-time WeChat user is "微信用户xxxx" until they give the name a certificate should carry. */
export async function updateProfile(ctx: UseCaseContext, input: { name: string }): Promise<{ name: string }> {
  const { db, actor, now } = ctx;
  await assertSafe(ctx, { name: input.name }, 'profile');
  await renameUser(db, actor.userId, input.name);
  await recordAudit(db, actor, { role: actor.isMinor ? 'minor' : 'resident', action: 'profile.rename', subjectType: 'user', subjectId: actor.userId, data: { name: input.name }, at: now });
  return { name: input.name };
}
