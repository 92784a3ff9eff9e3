import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import type { ActivityView } from '../contracts';
import { whyNotSignUp } from '../eligibility';
import { managesActivity } from '../permissions';
import { certifiedHoursOf, openSignupOf, waitlistPosition } from '../repo';
import { loadActivity } from '../rows';
import { speakersOf } from '../speakers';
import { activityView } from '../views';

/** The activity as the caller sees it: what they may do, and where they stand. */
export async function activityDetail(ctx: UseCaseContext, input: { activityId: string }): Promise<ActivityView> {
  const { db, actor, now } = ctx;
  const a = await loadActivity(db, actor.countyId, input.activityId);
  const signup = await openSignupOf(db, a.id, actor.userId);
  const hours = signup ? await certifiedHoursOf(db, signup.id) : undefined;
  const me: ActivityView['me'] = signup
    ? {
        status: signup.status,
        waitlistPosition: signup.status === 'waitlisted' ? await waitlistPosition(db, a.id, signup.seq) : null,
        checkedInAt: signup.checkedInAt ? iso(signup.checkedInAt) : null,
        checkedOutAt: signup.checkedOutAt ? iso(signup.checkedOutAt) : null,
        scannedMinutes: signup.scannedMinutes,
        certifiedMinutes: hours?.minutes ?? null,
        points: hours?.points ?? null,
      }
    : null;
  const cannotSignUp = signup ? null : await whyNotSignUp(db, actor, a, now);
  const speakers = await speakersOf(db, actor.countyId, a.id);
  return activityView(a, { canManage: managesActivity(actor, a), cannotSignUp, me, speakers });
}
