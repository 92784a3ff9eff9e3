import type { UseCaseContext } from '../../../core/action';
import { fail, type FieldIssue } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { requireConsent } from '../../privacy/facade';
import { openInspectionCase } from '../../reports/facade';
import { countEvent } from '../../dashboard/facade';
import type { SubmitResult } from '../contracts';
import { scoreOf } from '../domain/scoring';
import { assertInTeam } from '../permissions';
import { assignmentOf, checklistById, inspectionAt, insertInspection, insertResults, itemsOf, lockAssignment, sitesByIds } from '../repo';

const HOUR_MS = 60 * 60 * 1000;

export interface SubmitInspectionInput {
  roundId: string;
  siteId: string;
  checklistId: string;
  latitude?: number;
  longitude?: number;
  items: { sort: number; passed: boolean; note?: string; photo?: string }[];
}

/**
 * An inspector's visit, in one transaction: every item of the checklist
 * scored; a failed item needs its photo, and the visit its place (the
 * phone's position, with the inspector's consent to precise location). The
 * site's assignment is held first, so of two inspectors submitting the same
 * site at once the second finds the first one's inspection (CONFLICT), with
 * the unique (round, site) key behind it. Each failed item becomes a 随手拍
 * case for the site's responsible unit, with the round's deadline, through
 * the reports facade; if one cannot be made, nothing of the visit is written.
 */
export async function submitInspection(ctx: UseCaseContext, input: SubmitInspectionInput): Promise<SubmitResult> {
  const { db, actor, now } = ctx;
  const a = await assignmentOf(db, actor.countyId, input.roundId, input.siteId);
  if (!a) throw fail.notFound('没有找到这个点位的督查任务');
  assertInTeam(a.inspectorIds, actor.userId);
  if (a.status !== 'open') throw fail.closed('这轮督查已经通报，不能再提交了');

  const checklist = await checklistById(db, actor.countyId, input.checklistId);
  const [site] = await sitesByIds(db, actor.countyId, [a.siteId]);
  if (!checklist || checklist.siteType !== site.siteType) throw fail.validation('检查清单不对，请重新打开这个点位', [{ field: 'checklistId', message: '不是这个点位的清单' }]);
  const items = await itemsOf(db, checklist.id);
  const scored = scoreOf(items, input.items);
  if ('missing' in scored) {
    if (scored.missing.length) throw fail.validation('每一项都要打分，请检查后再提交', [{ field: 'items', message: `还有${scored.missing.length}项没有打分` }]);
    throw fail.validation('检查项目和清单对不上，请重新打开这个点位', [{ field: 'items', message: '有项目不在清单里或打了两次分' }]);
  }

  const failed = input.items.filter((i) => !i.passed);
  const issues: FieldIssue[] = failed.filter((i) => !i.photo).map((i) => ({ field: `items.${i.sort}.photo`, message: '不合格的项目要拍一张照片' }));
  if (issues.length) throw fail.validation('不合格的项目要拍照片', issues);
  if (failed.length > 0) {
    if (input.latitude === undefined || input.longitude === undefined) throw fail.validation('不合格的项目要记下位置，请允许定位后再提交', [{ field: 'latitude', message: '请先定位' }]);
    await requireConsent(db, actor.userId, 'precise_location', 'locationConsent');
  }

  await lockAssignment(db, actor.countyId, a.roundId, a.siteId);
  if (await inspectionAt(db, a.roundId, a.siteId)) throw fail.conflict('这个点位已经有同组督查员提交了，请刷新后查看');

  const inspectionId = newId();
  await insertInspection(db, {
    id: inspectionId,
    countyId: actor.countyId,
    roundId: a.roundId,
    siteId: a.siteId,
    checklistId: checklist.id,
    inspectorId: actor.userId,
    score: scored.score,
    maxScore: scored.maxScore,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    submittedAt: now,
    // The site as it is now: its bulletin keeps this however the site is edited later.
    siteName: site.name,
    siteType: site.siteType,
    communityId: site.communityId,
    areaId: site.areaId,
    departmentId: site.departmentId,
  });
  const deadline = new Date(now.getTime() + a.fixHours * HOUR_MS);
  const answerOf = new Map(input.items.map((i) => [i.sort, i] as const));
  const rows = [];
  const reportIds: string[] = [];
  for (const item of items) {
    const answer = answerOf.get(item.sort)!;
    let reportId: string | null = null;
    if (!answer.passed) {
      const made = await openInspectionCase(ctx, {
        key: `inspection:${inspectionId}:${item.sort}`,
        description: `督查暗访：${site.name}“${item.title}”不达标（标准：${item.standard}）${answer.note ? `。${answer.note}` : ''}`.slice(0, 500),
        photos: [answer.photo!],
        latitude: input.latitude!,
        longitude: input.longitude!,
        address: site.address,
        place: { communityId: site.communityId, areaId: site.areaId },
        departmentId: site.departmentId,
        deadline,
      });
      reportId = made.reportId;
      reportIds.push(reportId);
    }
    rows.push({ inspectionId, countyId: actor.countyId, sort: item.sort, title: item.title, points: item.points, passed: answer.passed, note: answer.note ?? '', photo: answer.passed ? null : answer.photo!, reportId });
  }
  await insertResults(db, rows);
  const counted = { countyId: actor.countyId, at: now, areaId: site.areaId };
  await countEvent(db, { ...counted, metric: 'inspections' });
  await countEvent(db, { ...counted, metric: 'inspection_score', amount: scored.score });
  await countEvent(db, { ...counted, metric: 'inspection_max', amount: scored.maxScore });
  return { inspectionId, score: scored.score, maxScore: scored.maxScore, reportIds };
}
