import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import type { PointsPolicyView } from '../contracts';
import { expiryYears, savePolicy } from '../repo';

/** The county's points policy, for everyone to read (我的积分 says when points expire). */
export async function pointsPolicy({ db, actor }: UseCaseContext): Promise<PointsPolicyView> {
  return { expiryYears: await expiryYears(db, actor.countyId) };
}

/** The admin sets how many years points last (1–10); from the next expiry pass on, audited with before and after. */
export async function setPointsPolicy(ctx: UseCaseContext, input: { expiryYears: number }): Promise<PointsPolicyView> {
  const { db, actor, now } = ctx;
  const before = await expiryYears(db, actor.countyId);
  await savePolicy(db, { countyId: actor.countyId, expiryYears: input.expiryYears, by: actor.userId, at: now });
  await recordAudit(db, actor, { role: 'admin', action: 'points.setPolicy', subjectType: 'county', subjectId: actor.countyId, data: { before: { expiryYears: before }, after: { expiryYears: input.expiryYears } }, at: now });
  return { expiryYears: input.expiryYears };
}
