import { sql } from 'kysely';
import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import type { ActivityView } from '../contracts';
import { whyNotSignUp } from '../eligibility';
import { managesActivity } from '../permissions';
import { loadActivity, openSignupOf } from '../repo';
import { speakersOf } from '../speakers';
import { activityView } from '../views';
import { activityDetail } from './activity-detail';

/**
 * Takes a seat, or a place on the waitlist when the seats are gone. The
 * activity's row is locked for the transaction, so requests are served one at
 * a time in the order they reach it: never a 51st seat of 50, nobody twice,
 * the waitlist in arrival order (so a newcomer's place in it is the count
 * before them plus one). Signing up again returns the same place.
 */
export async function signUp(ctx: UseCaseContext, input: { activityId: string }): Promise<ActivityView> {
  const { db, actor, now } = ctx;
  const a = await loadActivity(db, actor.countyId, input.activityId, true);
  if (await openSignupOf(db, a.id, actor.userId)) return activityDetail(ctx, input);
  const refusal = await whyNotSignUp(db, actor, a, now);
  if (refusal) throw a.status === 'cancelled' || refusal === '报名已截止' ? fail.closed(refusal) : fail.forbidden(refusal);

  const seated = a.confirmedCount < a.capacity;
  const { seq } = await db
    .updateTable('activities')
    .set({
      signupSeq: sql`signup_seq + 1`,
      confirmedCount: sql`confirmed_count + ${seated ? 1 : 0}`,
      waitlistCount: sql`waitlist_count + ${seated ? 0 : 1}`,
    })
    .where('id', '=', a.id)
    .returning('signupSeq as seq')
    .executeTakeFirstOrThrow();
  const status = seated ? 'confirmed' : 'waitlisted';
  await db.insertInto('activitySignups').values({ id: newId(), countyId: actor.countyId, activityId: a.id, userId: actor.userId, status, seq, signedUpAt: now }).execute();
  // The answer comes from the locked row: nobody else moved it, and a new sign-up has no hours yet.
  const after = { ...a, signupSeq: seq, confirmedCount: a.confirmedCount + (seated ? 1 : 0), waitlistCount: a.waitlistCount + (seated ? 0 : 1) };
  return activityView(after, {
    canManage: managesActivity(actor, a),
    cannotSignUp: null,
    me: { status, waitlistPosition: seated ? null : after.waitlistCount, checkedInAt: null, checkedOutAt: null, scannedMinutes: null, certifiedMinutes: null, points: null },
    speakers: await speakersOf(db, actor.countyId, a.id),
  });
}
