/**
 * 督查暗访's arithmetic, pure: an inspection's score from its items, the
 * sample of a round, the bulletin's rankings and the 红黑榜.
 */

export interface ScoredItem {
  sort: number;
  points: number;
  passed: boolean;
}

/** Points of the passed items out of all points; every item of the checklist must be scored once. */
export function scoreOf(checklist: readonly { sort: number; points: number }[], answers: readonly { sort: number; passed: boolean }[]): { score: number; maxScore: number } | { missing: number[]; unknown: number[]; repeated: number[] } {
  const bySort = new Map(answers.map((a) => [a.sort, a] as const));
  const known = new Set(checklist.map((i) => i.sort));
  const missing = checklist.filter((i) => !bySort.has(i.sort)).map((i) => i.sort);
  const unknown = answers.filter((a) => !known.has(a.sort)).map((a) => a.sort);
  const repeated = answers.filter((a, i) => answers.findIndex((b) => b.sort === a.sort) !== i).map((a) => a.sort);
  if (missing.length || unknown.length || repeated.length) return { missing, unknown, repeated };
  const maxScore = checklist.reduce((sum, i) => sum + i.points, 0);
  const score = checklist.reduce((sum, i) => sum + (bySort.get(i.sort)!.passed ? i.points : 0), 0);
  return { score, maxScore };
}

/** Percent with one decimal. */
export function rateOf(score: number, maxScore: number): number {
  return maxScore > 0 ? Math.round((score / maxScore) * 1000) / 10 : 0;
}

/** `count` of the candidates at random (all of them when fewer), in the order drawn. */
export function sample<T>(candidates: readonly T[], count: number, random: () => number = Math.random): T[] {
  const pool = [...candidates];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, Math.min(count, pool.length));
}

/** Sites dealt to teams in turn: site i goes to team i mod n. */
export function deal<S, T>(sites: readonly S[], teams: readonly T[]): { site: S; team: T }[] {
  return sites.map((site, i) => ({ site, team: teams[i % teams.length] }));
}

export interface Ranked {
  rank: number;
  id: string;
  name: string;
  score: number;
  maxScore: number;
  rate: number;
  sites: number;
}

/**
 * Groups inspected sites by `key` (the site itself, its community, area or
 * responsible unit), adds up their points, and ranks by score rate, best
 * first; equal rates share a rank (1, 2, 2, 4), and then go by name.
 */
export function rank<T extends { score: number; maxScore: number }>(rows: readonly T[], key: (row: T) => { id: string; name: string }): Ranked[] {
  const groups = new Map<string, { id: string; name: string; score: number; maxScore: number; sites: number }>();
  for (const row of rows) {
    const k = key(row);
    const g = groups.get(k.id) ?? { ...k, score: 0, maxScore: 0, sites: 0 };
    g.score += row.score;
    g.maxScore += row.maxScore;
    g.sites += 1;
    groups.set(k.id, g);
  }
  const sorted = [...groups.values()].map((g) => ({ ...g, rate: rateOf(g.score, g.maxScore) })).sort((a, b) => b.rate - a.rate || a.name.localeCompare(b.name, 'zh-CN'));
  return sorted.map((g) => ({ ...g, rank: sorted.findIndex((o) => o.rate === g.rate) + 1 }));
}

/** 红榜 at or above this score rate, 黑榜 below that one. */
export const RED_LIST_RATE = 90;
export const BLACK_LIST_RATE = 80;
export const LIST_SIZE = 3;

/** 红黑榜: the best units at or above 90%, the worst below 80% (at most three each; a unit is never on both). */
export function redAndBlack(units: readonly Ranked[]): { redList: Ranked[]; blackList: Ranked[] } {
  const redList = units.filter((u) => u.rate >= RED_LIST_RATE).slice(0, LIST_SIZE);
  const blackList = units.filter((u) => u.rate < BLACK_LIST_RATE).slice(-LIST_SIZE).reverse();
  return { redList, blackList };
}
