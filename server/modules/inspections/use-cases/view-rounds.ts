import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { postsInCounty } from '../../identity/facade';
import { ROUND_KIND_LABELS, type RoundSummary, type RoundView } from '../contracts';
import { rateOf } from '../domain/scoring';
import { assignmentsOf, findingsOf, findRound, listRounds, sitesByIds } from '../repo';
import { placeNames, siteView } from '../views';

type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

export function roundSummary(r: RoundRow, sites: number, inspected: number): RoundSummary {
  return { id: r.id, title: r.title, kind: r.kind, kindLabel: ROUND_KIND_LABELS[r.kind], status: r.status, createdAt: iso(r.createdAt), publishedAt: r.publishedAt ? iso(r.publishedAt) : null, sites, inspected };
}

/** The command centre's rounds, newest first. */
export async function listInspectionRounds({ db, actor }: UseCaseContext): Promise<RoundSummary[]> {
  return (await listRounds(db, actor.countyId)).map((r) => roundSummary(r, r.sites ?? 0, r.inspected ?? 0));
}

/** One round for the command centre: every site, its team and how it scored. */
export async function inspectionRound({ db, actor }: UseCaseContext, input: { roundId: string }): Promise<RoundView> {
  const round = await findRound(db, actor.countyId, input.roundId);
  if (!round) throw fail.notFound('没有找到这轮督查');
  const assignments = await assignmentsOf(db, actor.countyId, round.id);
  const [sites, names, inspectors] = await Promise.all([
    sitesByIds(db, actor.countyId, assignments.map((a) => a.siteId)),
    placeNames(db, actor.countyId),
    postsInCounty(db, actor.countyId, ['inspector']),
  ]);
  const siteOf = new Map(sites.map((s) => [s.id, s] as const));
  const nameOf = new Map(inspectors.map((p) => [p.userId, p.userName] as const));
  const inspectionIds = assignments.flatMap((a) => (a.inspectionId ? [a.inspectionId] : []));
  const failed = await findingsOf(db, inspectionIds);
  const rows = assignments
    .map((a) => ({
      site: siteView(siteOf.get(a.siteId)!, names),
      inspectors: a.inspectorIds.map((id) => nameOf.get(id) ?? '督查员'),
      inspection:
        a.inspectionId && a.score !== null && a.maxScore !== null && a.submittedAt
          ? { id: a.inspectionId, score: a.score, maxScore: a.maxScore, rate: rateOf(a.score, a.maxScore), failed: failed.filter((f) => f.inspectionId === a.inspectionId).length, submittedAt: iso(a.submittedAt) }
          : null,
    }))
    .sort((x, y) => x.site.name.localeCompare(y.site.name, 'zh-CN'));
  return { ...roundSummary(round, rows.length, inspectionIds.length), fixHours: round.fixHours, assignments: rows };
}
