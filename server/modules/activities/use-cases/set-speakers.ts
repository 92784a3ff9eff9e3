import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { whyNotPublic } from '../../goodPeople/facade';
import type { ActivityView } from '../contracts';
import { managesActivity, organiserRole } from '../permissions';
import { replaceSpeakers } from '../repo';
import { loadActivity } from '../rows';
import { activityDetail } from './activity-detail';

/**
 * The organiser names the good people who tell their story at the activity
 * (a 板凳讲堂, say), in the order shown; the list replaces the last one, an
 * empty list clears it. Only good people shown in public now may be named:
 * one who is not (not yet approved, withdrawn, another county's) refuses the
 * whole list, and nothing is written. The activity row is locked, so two
 * organisers saving at once leave one list, not a mix.
 */
export async function setSpeakers(ctx: UseCaseContext, input: { activityId: string; goodPersonIds: string[] }): Promise<ActivityView> {
  const { db, actor, now } = ctx;
  const a = await loadActivity(db, actor.countyId, input.activityId, true);
  if (!managesActivity(actor, a)) throw fail.forbidden('只有活动组织者可以设置讲述人');
  if (a.status === 'cancelled') throw fail.conflict('活动已取消，不能再设置讲述人');
  const refused = await whyNotPublic(db, actor.countyId, input.goodPersonIds);
  if (refused.size > 0) {
    const issues = input.goodPersonIds.flatMap((id, i) => (refused.has(id) ? [{ field: `goodPersonIds.${i}`, message: refused.get(id)! }] : []));
    throw fail.validation(issues[0].message, issues);
  }
  await replaceSpeakers(db, { activityId: a.id, countyId: actor.countyId, goodPersonIds: input.goodPersonIds, addedBy: actor.userId, at: now });
  await recordAudit(db, actor, { role: organiserRole(actor, a), action: 'activities.setSpeakers', subjectType: 'activity', subjectId: a.id, data: { goodPersonIds: input.goodPersonIds }, at: now });
  return activityDetail(ctx, { activityId: a.id });
}
