import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { isCountyAdmin } from '../../../core/actor';
import { fail } from '../../../core/errors';
import { postsInCounty } from '../../identity/facade';
import { ROUND_KIND_LABELS, type Bulletin, type BulletinSummary, type SiteType } from '../contracts';
import { rank, rateOf, redAndBlack } from '../domain/scoring';
import { findingsOf, findRound, inspectionsOf, publishedRoundScores } from '../repo';
import { placeNames, siteView } from '../views';

/** How many of the worst findings the bulletin shows with their photos. */
export const WORST_FINDINGS = 6;

/** Published bulletins, newest first: anyone in the county reads them. A round not yet published is not here. One query, however many rounds. */
export async function listBulletins({ db, actor }: UseCaseContext): Promise<BulletinSummary[]> {
  const rounds = await publishedRoundScores(db, actor.countyId);
  return rounds.map((r) => ({ roundId: r.id, title: r.title, kindLabel: ROUND_KIND_LABELS[r.kind], publishedAt: iso(r.publishedAt!), sitesInspected: r.inspected, averageRate: rateOf(r.score, r.maxScore) }));
}

/** One bulletin: the public part for everyone, and who inspected each site for the command centre only. */
export async function readBulletin(ctx: UseCaseContext, input: { roundId: string }): Promise<Bulletin> {
  return buildBulletin(ctx, input.roundId, isCountyAdmin(ctx.actor));
}

export async function buildBulletin({ db, actor }: Pick<UseCaseContext, 'db' | 'actor'>, roundId: string, withInspectors: boolean): Promise<Bulletin> {
  const round = await findRound(db, actor.countyId, roundId);
  // Before it is published a round does not exist for anyone but the command centre's round pages.
  if (!round || round.status !== 'published' || !round.publishedAt) throw fail.notFound('没有找到这份督查通报');
  const inspections = await inspectionsOf(db, actor.countyId, round.id);
  const [names, findings] = await Promise.all([placeNames(db, actor.countyId), findingsOf(db, inspections.map((i) => i.id))]);
  // Each site as it was when inspected: a site edited or retired since leaves the bulletin as it was.
  const siteOf = new Map(inspections.map((i) => [i.siteId, siteView(asInspected(i), names)] as const));
  const areaOf = new Map(inspections.map((i) => [i.siteId, i.areaId] as const));
  const rows = inspections.map((i) => ({ ...i, site: siteOf.get(i.siteId)! }));
  const bySite = rank(rows, (r) => ({ id: r.site.id, name: r.site.name }));
  const departments = rank(rows, (r) => ({ id: r.site.departmentId, name: r.site.department }));
  const siteOfInspection = new Map(rows.map((r) => [r.id, r.site] as const));
  const bulletin: Bulletin = {
    roundId: round.id,
    title: round.title,
    kindLabel: ROUND_KIND_LABELS[round.kind],
    publishedAt: iso(round.publishedAt),
    sitesInspected: rows.length,
    averageRate: rateOf(rows.reduce((s, r) => s + r.score, 0), rows.reduce((s, r) => s + r.maxScore, 0)),
    sites: bySite.map((r) => {
      const site = siteOf.get(r.id)!;
      return { ...r, siteType: site.siteType as SiteType, community: site.community, department: site.department };
    }),
    communities: rank(rows, (r) => ({ id: r.site.communityId, name: r.site.community })),
    areas: rank(rows, (r) => ({ id: areaOf.get(r.site.id)!, name: r.site.area })),
    departments,
    ...redAndBlack(departments),
    worstFindings: [...findings]
      .sort((a, b) => b.points - a.points || a.title.localeCompare(b.title, 'zh-CN'))
      .slice(0, WORST_FINDINGS)
      .map((f) => ({ site: siteOfInspection.get(f.inspectionId)!.name, item: f.title, pointsLost: f.points, photo: f.photo!, note: f.note, reportId: f.reportId! })),
  };
  if (withInspectors) {
    const nameOf = new Map((await postsInCounty(db, actor.countyId, ['inspector'])).map((p) => [p.userId, p.userName] as const));
    bulletin.inspectors = rows.map((r) => ({ site: r.site.name, names: [nameOf.get(r.inspectorId) ?? '督查员'] }));
  }
  return bulletin;
}

/** The site an inspection recorded (migration 035): its name, type, community, area and responsible unit then. */
function asInspected(i: { siteId: string; siteName: string; siteType: string; communityId: string; areaId: string; departmentId: string }) {
  return { id: i.siteId, name: i.siteName, siteType: i.siteType, communityId: i.communityId, areaId: i.areaId, departmentId: i.departmentId, address: '', latitude: 0, longitude: 0, version: 0 };
}
