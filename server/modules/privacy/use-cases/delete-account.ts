import type { UseCaseContext } from '../../../core/action';
import { hasRole } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { withdrawOpenNominationsBy } from '../../families/facade';
import { withdrawOpenGoodPeopleBy } from '../../goodPeople/facade';
import { forgetHelp } from '../../help/facade';
import { endBindingsOf } from '../../households/facade';
import { childrenOf, forgetUser, guardiansOf, lockedAdminCount } from '../../identity/facade';
import { forgetInbox } from '../../inbox/facade';
import { forgetVolunteer } from '../../volunteers/facade';

/** One person's data, forgotten: what they started and nobody decided is withdrawn, the rest stays unnamed. */
async function forget(ctx: UseCaseContext, userId: string): Promise<void> {
  const { db, now } = ctx;
  await withdrawOpenNominationsBy(db, userId, now);
  await withdrawOpenGoodPeopleBy(db, userId, now);
  await endBindingsOf(db, userId, now);
  await forgetVolunteer(db, userId, now);
  await forgetHelp(db, userId, now);
  await forgetInbox(db, userId);
  await forgetUser(db, userId, now);
}

/**
 * 注销账号. The person's name, phone, openid and birth month go; their posts,
 * guardianships, home, messages and undecided nominations end; what the
 * county recorded (pledge numbers, reports and their cases, votes, hours,
 * point entries) keeps its numbers, pointing at a row without a person. A
 * child they added who is left with no guardian is forgotten with them. A
 * county's last admin must appoint another first.
 */
export async function deleteAccount(ctx: UseCaseContext): Promise<{ deleted: true }> {
  const { db, actor, now } = ctx;
  if (hasRole(actor, 'admin')) {
    if ((await lockedAdminCount(db, actor.countyId)) <= 1) throw fail.forbidden('您是县里唯一的创文办管理员：请先任命另一位管理员，再注销');
  }
  const wards = (await childrenOf(db, actor.userId)).filter((c) => !c.hasWeChat);
  await recordAudit(db, actor, { role: actor.isMinor ? 'minor' : 'resident', action: 'privacy.deleteAccount', subjectType: 'user', subjectId: actor.userId, at: now });
  await forget(ctx, actor.userId);
  for (const child of wards) {
    if ((await guardiansOf(db, child.id)).length === 0) await forget(ctx, child.id);
  }
  return { deleted: true };
}
