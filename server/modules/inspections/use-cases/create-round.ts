import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { deliver } from '../../inbox/facade';
import { postsInCounty } from '../../identity/facade';
import type { RoundKind, RoundSummary, SiteType } from '../contracts';
import { ROUND_KIND_LABELS } from '../contracts';
import { deal, sample } from '../domain/scoring';
import { insertRound, sitesByIds, sitesWhere } from '../repo';
import { assignedNotice } from '../notices';
import { iso } from '../../../core/clock';

export interface CreateRoundInput {
  title: string;
  kind: RoundKind;
  fixHours: number;
  siteIds?: string[];
  sample?: { siteTypes: SiteType[]; areaIds: string[]; count: number };
  teams: string[][];
}

/**
 * A round of 督查暗访: the sites picked, or drawn at random from the chosen
 * types and areas; dealt in turn to the teams; each inspector told of their
 * own sites. Nobody else hears of it until the command centre publishes.
 */
export async function createRound(ctx: UseCaseContext, input: CreateRoundInput): Promise<RoundSummary> {
  const { db, actor, now } = ctx;
  const inspectors = new Set((await postsInCounty(db, actor.countyId, ['inspector'])).map((p) => p.userId));
  const everyone = input.teams.flat();
  if (new Set(everyone).size !== everyone.length) throw fail.validation('同一名督查员只能在一个组里', [{ field: 'teams', message: '有督查员被重复安排' }]);
  if (everyone.some((id) => !inspectors.has(id))) throw fail.validation('请从督查员名单里安排人员', [{ field: 'teams', message: '有人不是本县的督查员' }]);

  let sites;
  if (input.siteIds && input.siteIds.length > 0) {
    const unique = [...new Set(input.siteIds)];
    sites = await sitesByIds(db, actor.countyId, unique);
    if (sites.length !== unique.length) throw fail.validation('有点位不存在，请重新挑选', [{ field: 'siteIds', message: '有点位不存在' }]);
    const retired = sites.filter((s) => s.retiredAt);
    if (retired.length) throw fail.validation(`“${retired[0].name}”已经停用，请换一个点位`, [{ field: 'siteIds', message: '有点位已经停用' }]);
  } else {
    const s = input.sample!;
    sites = sample(await sitesWhere(db, actor.countyId, s.siteTypes, s.areaIds), s.count);
    if (sites.length === 0) throw fail.validation('所选类型和片区里还没有点位，请先添加点位', [{ field: 'sample', message: '没有可抽取的点位' }]);
  }
  const dealt = deal(sites, input.teams);
  const id = newId();
  await insertRound(db, { id, countyId: actor.countyId, title: input.title, kind: input.kind, fixHours: input.fixHours, createdBy: actor.userId, createdAt: now }, dealt.map((d) => ({ siteId: d.site.id, inspectorIds: d.team })));
  await recordAudit(db, actor, { role: 'admin', action: 'inspections.createRound', subjectType: 'inspection_round', subjectId: id, data: { sites: sites.length, teams: input.teams.length }, at: now });
  const byInspector = new Map<string, string[]>();
  for (const d of dealt) for (const userId of d.team) byInspector.set(userId, [...(byInspector.get(userId) ?? []), d.site.name]);
  await deliver(db, actor.countyId, [...byInspector].map(([userId, names]) => assignedNotice(id, userId, names)), now);
  return { id, title: input.title, kind: input.kind, kindLabel: ROUND_KIND_LABELS[input.kind], status: 'open', createdAt: iso(now), publishedAt: null, sites: sites.length, inspected: 0 };
}
