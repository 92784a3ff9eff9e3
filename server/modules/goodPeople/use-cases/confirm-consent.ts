import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { GoodPersonView } from '../contracts';
import { holdsRoleIn } from '../../../core/actor';
import { reviewerRole } from '../domain/nomination-events';
import { mayReview } from '../permissions';
import { findGoodPerson, updateGoodPerson } from '../repo';
import { toView } from '../views';

/** Staff asked the nominee in person or by phone (someone without WeChat) and record their yes, with a note of how. */
export async function confirmConsent(ctx: UseCaseContext, input: { goodPersonId: string; note: string }): Promise<GoodPersonView> {
  const { db, actor, now } = ctx;
  const row = await findGoodPerson(db, actor.countyId, input.goodPersonId);
  if (!row || !mayReview(actor, row)) throw fail.notFound('没有找到这位好人');
  if (row.status !== 'awaiting_consent') throw fail.conflict('这条推荐已经确认过了');
  const won = await updateGoodPerson(
    db,
    row.id,
    row.version,
    { status: 'submitted', consentBy: actor.userId, consentVia: 'staff', consentNote: input.note, consentAt: now, updatedAt: now },
    { type: 'consent_given', actorId: actor.userId, actorRole: reviewerRole(row.communityId !== null && holdsRoleIn(actor, 'staff', row.communityId)), note: input.note, at: now },
  );
  if (!won) throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
  return toView(db, actor, (await findGoodPerson(db, actor.countyId, row.id))!);
}
