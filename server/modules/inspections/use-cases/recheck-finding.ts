import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { closeInspectionCase } from '../../reports/facade';
import { assertInTeam } from '../permissions';
import { assignmentOf, lockFinding, markRechecked } from '../repo';

/**
 * 复查: an inspector of the site's team finds a failed item rectified; its
 * case is closed (once the department has reported the fix) and the item is
 * marked rechecked. Twice is the same as once.
 */
export async function recheckFinding(ctx: UseCaseContext, input: { inspectionId: string; sort: number }): Promise<{ closed: true }> {
  const { db, actor, now } = ctx;
  const finding = await lockFinding(db, actor.countyId, input.inspectionId, input.sort);
  if (!finding || finding.passed || !finding.reportId) throw fail.notFound('没有找到这个不合格项');
  const a = await assignmentOf(db, actor.countyId, finding.roundId, finding.siteId);
  assertInTeam(a?.inspectorIds ?? [], actor.userId);
  await closeInspectionCase(ctx, finding.reportId);
  await markRechecked(db, finding.inspectionId, finding.sort, actor.userId, now);
  return { closed: true };
}
