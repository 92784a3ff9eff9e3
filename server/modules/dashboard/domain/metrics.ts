/**
 * What the command centre's dashboard counts, per Beijing day and 片区.
 * Each is added to by the module where the event happens, in the event's
 * own transaction (dashboard facade `countEvent`).
 */
export const METRICS = [
  /** 随手拍 received (residents' and inspections' cases alike). */
  'reports_in',
  /** A case marked fixed by its department (a re-fix after a dispute counts again). */
  'reports_fixed',
  /** A case escalated once past its deadline (督办: by the sweep or the command centre). */
  'reports_overdue',
  /** Inspections (督查暗访) submitted at a site. */
  'inspections',
  /** Their points scored and the points possible: the day's score rate is the one over the other. */
  'inspection_score',
  'inspection_max',
  /** Convention signers (one per signature; a new version signed again counts again). */
  'signers',
  /** Family votes cast. */
  'votes',
  /** Certified volunteer service, in minutes, on the day served. */
  'volunteer_minutes',
] as const;

export type Metric = (typeof METRICS)[number];

const DAY_MS = 24 * 3_600_000;

/** The `count` Beijing days ending with `lastDay` (YYYY-MM-DD), oldest first. */
export function daysEnding(lastDay: string, count: number): string[] {
  const end = Date.parse(`${lastDay}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(end - (count - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}

/** Each metric as one number per day (zeros where nothing happened), from counter rows. */
export function seriesOf(days: readonly string[], rows: readonly { day: string; metric: string; amount: number }[]): Record<Metric, number[]> {
  const index = new Map(days.map((d, i) => [d, i]));
  const series = Object.fromEntries(METRICS.map((m) => [m, days.map(() => 0)])) as Record<Metric, number[]>;
  for (const r of rows) {
    const i = index.get(r.day);
    const line = series[r.metric as Metric];
    if (i !== undefined && line) line[i] += r.amount;
  }
  return series;
}

/** Each metric's sum, from counter rows (zeros for the rest). */
export function totalsOf(rows: readonly { metric: string; amount: number }[]): Record<Metric, number> {
  const totals = Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<Metric, number>;
  for (const r of rows) if (r.metric in totals) totals[r.metric as Metric] += r.amount;
  return totals;
}

/**
 * The county 片区 by 片区: each 片区 in the order given (zeros where nothing
 * happened), then 未划片区 (null) when anything counted there.
 */
export function byAreaOf(
  areaIds: readonly string[],
  rows: readonly { areaId: string | null; metric: string; amount: number }[],
): { areaId: string | null; totals: Record<Metric, number> }[] {
  const of = (areaId: string | null) => totalsOf(rows.filter((r) => r.areaId === areaId));
  const unplaced = of(null);
  return [
    ...areaIds.map((areaId) => ({ areaId, totals: of(areaId) })),
    ...(Object.values(unplaced).some((n) => n > 0) ? [{ areaId: null, totals: unplaced }] : []),
  ];
}
