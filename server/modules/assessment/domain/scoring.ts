import { ASSESSMENT_PARTS, type AssessmentPart, PART_LABELS } from './parts';

/** Pure rules of the monthly assessment: the weights, a community's total from its parts, the ranking, the month's bounds. */

export type Weights = Record<AssessmentPart, number>;

export interface WeightIssue {
  field: string;
  message: string;
}

/** Weights are whole numbers from 0 to 100, one for every part, and add up to exactly 100. */
export function checkWeights(weights: Partial<Record<string, number>>): WeightIssue[] {
  const issues: WeightIssue[] = [];
  for (const part of ASSESSMENT_PARTS) {
    const w = weights[part];
    if (w === undefined) issues.push({ field: `weights.${part}`, message: `请填写「${PART_LABELS[part]}」的权重` });
    else if (!Number.isInteger(w) || w < 0 || w > 100) issues.push({ field: `weights.${part}`, message: `「${PART_LABELS[part]}」的权重要在0到100之间` });
  }
  for (const key of Object.keys(weights)) {
    if (!(ASSESSMENT_PARTS as readonly string[]).includes(key)) issues.push({ field: `weights.${key}`, message: '没有这一项考核内容' });
  }
  if (issues.length === 0) {
    const sum = ASSESSMENT_PARTS.reduce((s, p) => s + (weights[p] ?? 0), 0);
    if (sum !== 100) issues.push({ field: 'weights', message: `各项权重加起来要正好是100，现在是${sum}` });
  }
  return issues;
}

export interface PartScore {
  part: AssessmentPart;
  /** 0–100, or null: no data for this community this month. */
  score: number | null;
  /** What the score rests on, for people (e.g. "暗访2次，得分 45/50"). */
  basis: string;
}

export interface CombinedPart extends PartScore {
  label: string;
  /** The weight the admin set. */
  weight: number;
  /** The weight it counted with this month: re-weighted over the parts with data (0 for a part without). */
  effectiveWeight: number;
}

export interface Combined {
  /** 0–100 with one decimal, or null when no part with a weight has data. */
  total: number | null;
  parts: CombinedPart[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A community's total: the weighted mean of the parts that have data. A part
 * with no data that month does not count as zero: its weight is shared out
 * over the parts that have data, in proportion to their weights (each part's
 * effective weight says so). With no data in any weighted part, no total.
 */
export function combine(scores: readonly PartScore[], weights: Weights): Combined {
  const withData = scores.filter((s) => s.score !== null && weights[s.part] > 0);
  const weightWithData = withData.reduce((s, p) => s + weights[p.part], 0);
  const parts = scores.map((s) => ({
    ...s,
    label: PART_LABELS[s.part],
    weight: weights[s.part],
    effectiveWeight: s.score !== null && weightWithData > 0 ? round1((weights[s.part] * 100) / weightWithData) : 0,
  }));
  if (weightWithData === 0) return { total: null, parts };
  const total = withData.reduce((sum, p) => sum + (p.score as number) * weights[p.part], 0) / weightWithData;
  return { total: round1(total), parts };
}

/** Standard competition ranking (1, 2, 2, 4) by total, highest first; a community without a total is listed last, unranked. */
export function rankByTotal<T extends { total: number | null; name: string }>(rows: readonly T[]): (T & { rank: number | null })[] {
  const sorted = [...rows].sort((a, b) => {
    if (a.total === null || b.total === null) return a.total === null ? (b.total === null ? a.name.localeCompare(b.name, 'zh') : 1) : -1;
    return b.total - a.total || a.name.localeCompare(b.name, 'zh');
  });
  let rank = 0;
  return sorted.map((row, i) => {
    if (row.total === null) return { ...row, rank: null };
    if (i === 0 || sorted[i - 1].total !== row.total) rank = i + 1;
    return { ...row, rank };
  });
}

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** A Beijing calendar month "YYYY-MM": its first instant, the next month's first instant, and the same as Beijing days. */
export function monthBounds(month: string): { from: Date; to: Date; fromDay: string; toDay: string } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? [y + 1, 1] : [y, m + 1];
  const day = (yy: number, mm: number) => `${yy}-${String(mm).padStart(2, '0')}-01`;
  return {
    from: new Date(Date.UTC(y, m - 1, 1) - BEIJING_OFFSET_MS),
    to: new Date(Date.UTC(next[0], next[1] - 1, 1) - BEIJING_OFFSET_MS),
    fromDay: day(y, m),
    toDay: day(next[0], next[1]),
  };
}

/** The Beijing month "YYYY-MM" that contains `at`. */
export function monthOf(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 7);
}

/** A rate 0–1 as a 0–100 score with one decimal. */
export const percent = (part: number, whole: number) => round1((part * 100) / whole);

/** A mean rating on 1–5 as 0–100 (1 → 0, 5 → 100). */
export const ratingScore = (sum: number, count: number) => round1(((sum / count - 1) / 4) * 100);
