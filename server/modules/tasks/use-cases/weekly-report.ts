import type { UseCaseContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import { toCsv } from '../../../core/csv';
import type { WeeklyReport, WeeklyRow } from '../contracts';
import { beijingWeek, weekStatus } from '../domain/week';
import { allNodes } from '../repo';
import { namesFor } from '../views';

/**
 * The weekly report (Beijing Monday–Sunday) of people's tasks per unit: done
 * on time that week, late, at risk (domain/week.ts). A task counts for its lead
 * unit and each responsible unit, once per unit.
 */
export async function weeklyReport({ db, actor, now }: UseCaseContext, input: { day?: string }): Promise<WeeklyReport> {
  const week = beijingWeek(input.day ?? beijingDay(now));
  const rows = (await allNodes(db, actor.countyId)).filter((r) => r.level === 'person' && r.withdrawnAt === null);
  const names = await namesFor(db, rows);
  const byUnit = new Map<string, WeeklyRow>();
  for (const r of rows) {
    const status = weekStatus({ dueOn: r.dueOn, progress: r.progress, doneDay: r.doneAt ? beijingDay(r.doneAt) : null }, week);
    if (!status) continue;
    for (const unitId of new Set([r.leadUnitId, ...r.responsibleUnitIds])) {
      const row = byUnit.get(unitId) ?? { unitId, unit: names.units.get(unitId) ?? '', done: 0, late: 0, atRisk: 0 };
      row[status] += 1;
      byUnit.set(unitId, row);
    }
  }
  const list = [...byUnit.values()].sort((a, b) => b.late - a.late || b.atRisk - a.atRisk || a.unit.localeCompare(b.unit, 'zh-Hans-CN'));
  const totals = rows.reduce(
    (t, r) => {
      const status = weekStatus({ dueOn: r.dueOn, progress: r.progress, doneDay: r.doneAt ? beijingDay(r.doneAt) : null }, week);
      if (status) t[status] += 1;
      return t;
    },
    { done: 0, late: 0, atRisk: 0 },
  );
  return { weekStart: week.start, weekEnd: week.end, rows: list, totals };
}

export const WEEKLY_CSV_HEADER = ['单位', '按期完成', '逾期', '有风险'] as const;

/** The same report as a CSV: one line per unit, in the page's order. */
export async function weeklyCsv(ctx: UseCaseContext, input: { day?: string }): Promise<{ filename: string; csv: string }> {
  const report = await weeklyReport(ctx, input);
  const lines = report.rows.map((r) => [r.unit, r.done, r.late, r.atRisk]);
  return { filename: `任务周报-${report.weekStart}至${report.weekEnd}.csv`, csv: toCsv([[...WEEKLY_CSV_HEADER], ...lines]) };
}
