import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { MeTooResult } from '../contracts';
import { OPEN_STATUSES, STATUS_PHRASES } from '../domain/case-states';
import { meTooRefusal } from '../permissions';
import { findReport, follow, followerCount } from '../repo';

/** "我也遇到": follow someone else's open report, once. */
export async function meToo({ db, actor, now }: UseCaseContext, input: { reportId: string }): Promise<MeTooResult> {
  const report = await findReport(db, actor.countyId, input.reportId);
  if (!report) throw fail.notFound('没有找到这个问题');
  const refusal = meTooRefusal(actor, report);
  if (refusal) throw fail.forbidden(refusal);
  if (!OPEN_STATUSES.includes(report.status)) throw fail.conflict(`这个问题${STATUS_PHRASES[report.status]}，不能再点"我也遇到"`);
  await follow(db, { reportId: report.id, userId: actor.userId, countyId: actor.countyId, at: now });
  return { followers: await followerCount(db, report.id) };
}
