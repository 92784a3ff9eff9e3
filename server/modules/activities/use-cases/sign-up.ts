import { sql } from 'kysely';
import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import type { ActivityView } from '../contracts';
import { whyNotSignUp } from '../eligibility';
import { loadActivity, openSignupOf } from '../repo';
import { activityDetail } from './activity-detail';

/**
 * Takes a seat, or a place on the waitlist when the seats are gone. The
 * activity's row is locked for the transaction, so requests are served one at
 * a time in the order they reach it: never a 51st seat of 50, nobody twice,
 * the waitlist in arrival order. Signing up again returns the same place.
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
  await db
    .insertInto('activitySignups')
    .values({ id: newId(), countyId: actor.countyId, activityId: a.id, userId: actor.userId, status: seated ? 'confirmed' : 'waitlisted', seq, signedUpAt: now })
    .execute();
  return activityDetail(ctx, input);
}
