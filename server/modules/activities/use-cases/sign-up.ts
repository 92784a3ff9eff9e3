import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import type { ActivityView } from '../contracts';
import { whyNotSignUp } from '../eligibility';
import { managesActivity } from '../permissions';
import { openSignupOf, takePlace } from '../repo';
import { loadActivity } from '../rows';
import { speakersOf } from '../speakers';
import { activityView } from '../views';
import { activityDetail } from './activity-detail';

/**
 * Takes a seat, or a place on the waitlist when the seats are gone. What can
 * be known before queueing (the activity, an existing place, eligibility, its
 * speakers) is read first; then one statement locks the activity's row and
 * takes the place (repo.takePlace), so requests are served one at a time in
 * the order they reach it: never a 51st seat of 50, nobody twice, the
 * waitlist in arrival order (a newcomer's place in it is the count before them
 * plus one). Signing up again returns the same place.
 */
export async function signUp(ctx: UseCaseContext, input: { activityId: string }): Promise<ActivityView> {
  const { db, actor, now } = ctx;
  const a = await loadActivity(db, actor.countyId, input.activityId);
  if (await openSignupOf(db, a.id, actor.userId)) return activityDetail(ctx, input);
  const refusal = await whyNotSignUp(db, actor, a, now);
  if (refusal) throw a.status === 'cancelled' || refusal === '报名已截止' ? fail.closed(refusal) : fail.forbidden(refusal);
  const speakers = await speakersOf(db, actor.countyId, a.id);

  const place = await takePlace(db, { id: newId(), countyId: actor.countyId, activityId: a.id, userId: actor.userId, now });
  if (place.kind === 'closed') throw fail.closed(place.reason === 'cancelled' ? '活动已取消' : '报名已截止');
  if (place.kind === 'already') return activityDetail(ctx, input);
  const seated = place.status === 'confirmed';
  const after = { ...a, signupSeq: place.seq, confirmedCount: place.confirmedCount, waitlistCount: place.waitlistCount };
  return activityView(after, {
    canManage: managesActivity(actor, a),
    cannotSignUp: null,
    me: { status: place.status, waitlistPosition: seated ? null : place.waitlistCount, checkedInAt: null, checkedOutAt: null, scannedMinutes: null, certifiedMinutes: null, points: null },
    speakers,
  });
}
