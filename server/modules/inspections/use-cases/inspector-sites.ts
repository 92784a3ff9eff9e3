import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { postsInCounty } from '../../identity/facade';
import type { MySite, SiteForm } from '../contracts';
import { assertInTeam } from '../permissions';
import { assignmentOf, assignmentsOfInspector, currentChecklistOf, findingsOf, inspectionAt, itemsOf, sitesByIds } from '../repo';
import { checklistView, placeNames, siteView } from '../views';

/** The caller's sites in rounds not yet published: to visit first, then the visited ones with their findings. */
export async function mySites({ db, actor }: UseCaseContext): Promise<MySite[]> {
  const rows = await assignmentsOfInspector(db, actor.countyId, actor.userId);
  const [sites, names, inspectors, findings] = await Promise.all([
    sitesByIds(db, actor.countyId, [...new Set(rows.map((r) => r.siteId))]),
    placeNames(db, actor.countyId),
    postsInCounty(db, actor.countyId, ['inspector']),
    findingsOf(db, rows.flatMap((r) => (r.inspectionId ? [r.inspectionId] : []))),
  ]);
  const siteOf = new Map(sites.map((s) => [s.id, s] as const));
  const nameOf = new Map(inspectors.map((p) => [p.userId, p.userName] as const));
  const list: MySite[] = rows.map((r) => ({
    roundId: r.roundId,
    roundTitle: r.roundTitle,
    site: siteView(siteOf.get(r.siteId)!, names),
    partners: r.inspectorIds.filter((id) => id !== actor.userId).map((id) => nameOf.get(id) ?? '督查员'),
    inspection:
      r.inspectionId && r.score !== null && r.maxScore !== null && r.submittedAt
        ? {
            id: r.inspectionId,
            score: r.score,
            maxScore: r.maxScore,
            submittedAt: iso(r.submittedAt),
            findings: findings.filter((f) => f.inspectionId === r.inspectionId).map((f) => ({ sort: f.sort, title: f.title, reportId: f.reportId!, rechecked: f.recheckedAt !== null })),
          }
        : null,
  }));
  return list.sort((a, b) => Number(a.inspection !== null) - Number(b.inspection !== null) || a.site.name.localeCompare(b.site.name, 'zh-CN'));
}

/** The form for one site: its type's checklist now. Only the site's team sees it, and only while the round is open. */
export async function siteForm({ db, actor }: UseCaseContext, input: { roundId: string; siteId: string }): Promise<SiteForm> {
  const a = await assignmentOf(db, actor.countyId, input.roundId, input.siteId);
  if (!a) throw fail.notFound('没有找到这个点位的督查任务');
  assertInTeam(a.inspectorIds, actor.userId);
  if (a.status !== 'open') throw fail.closed('这轮督查已经通报，不能再填写了');
  const [site] = await sitesByIds(db, actor.countyId, [a.siteId]);
  const checklist = await currentChecklistOf(db, actor.countyId, site.siteType);
  if (!checklist) throw fail.conflict(`创文办还没有制定“${site.siteType}”的检查清单，请联系创文办`);
  const done = await inspectionAt(db, a.roundId, a.siteId);
  return {
    roundId: a.roundId,
    roundTitle: a.roundTitle,
    site: siteView(site, await placeNames(db, actor.countyId)),
    checklist: checklistView(checklist, await itemsOf(db, checklist.id)),
    inspectionId: done?.id ?? null,
  };
}
