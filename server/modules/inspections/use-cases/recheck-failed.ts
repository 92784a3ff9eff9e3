import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { reopenInspectionCase } from '../../reports/facade';
import { assertInTeam } from '../permissions';
import { assignmentOf, lockFinding } from '../repo';

const HOUR_MS = 3_600_000;

/**
 * 复查未通过: an inspector of the site's team finds a failed item still not
 * rectified although its department reported the fix. The case goes back to
 * the department with what the inspector saw (photos required) and a new
 * deadline of the round's hours from now; the item stays 整改中 for the next
 * 复查.
 */
export async function recheckFailed(ctx: UseCaseContext, input: { inspectionId: string; sort: number; reason: string; photos: string[] }): Promise<{ reopened: true }> {
  const { db, actor, now } = ctx;
  const finding = await lockFinding(db, actor.countyId, input.inspectionId, input.sort);
  if (!finding || finding.passed || !finding.reportId) throw fail.notFound('没有找到这个不合格项');
  const a = await assignmentOf(db, actor.countyId, finding.roundId, finding.siteId);
  assertInTeam(a?.inspectorIds ?? [], actor.userId);
  if (finding.recheckedAt) throw fail.conflict('这一项已经复查合格、销号了');
  return reopenInspectionCase(ctx, finding.reportId, { reason: input.reason, photos: input.photos, deadline: new Date(now.getTime() + a!.fixHours * HOUR_MS) });
}
