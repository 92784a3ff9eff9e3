import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import type { ActivityView } from '../contracts';
import { detailLink } from '../links';
import { decrementConfirmedCount, decrementWaitlistCount, firstWaitlisted, markSignupCancelled, openSignupOf, promoteSignup } from '../repo';
import { loadActivity } from '../rows';
import { activityDetail } from './activity-detail';

/**
 * Gives a place back before the sign-up deadline. A freed seat goes to the
 * first person on the waitlist in the same transaction, and they are told.
 */
export async function cancelSignup(ctx: UseCaseContext, input: { activityId: string }): Promise<ActivityView> {
  const { db, actor, now } = ctx;
  const a = await loadActivity(db, actor.countyId, input.activityId, true);
  const signup = await openSignupOf(db, a.id, actor.userId);
  if (!signup) throw fail.notFound('您没有报名这个活动');
  if (now.getTime() > new Date(a.signupDeadline).getTime()) throw fail.closed('报名已截止，不能再取消；如有变化请联系组织者');
  if (signup.checkedInAt) throw fail.conflict('您已经签到，不能取消报名');
  await markSignupCancelled(db, signup.id, now);

  if (signup.status === 'waitlisted') {
    await decrementWaitlistCount(db, a.id);
    return activityDetail(ctx, input);
  }
  const next = await firstWaitlisted(db, a.id);
  if (!next) {
    await decrementConfirmedCount(db, a.id);
    return activityDetail(ctx, input);
  }
  await promoteSignup(db, next.id, now);
  await decrementWaitlistCount(db, a.id);
  await deliver(
    db,
    actor.countyId,
    [{ userId: next.userId, kind: 'activity', title: `候补成功：${a.title}`, body: '有人取消了报名，您已从候补转为报名成功。请按时到场签到；去不了请及时取消，把名额留给别人。', link: detailLink(a.id), sourceKey: `activity:${a.id}:promoted:${next.id}` }],
    now,
  );
  return activityDetail(ctx, input);
}
