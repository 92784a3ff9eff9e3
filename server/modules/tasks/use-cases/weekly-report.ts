import type { UseCaseContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import { toCsv } from '../../../core/csv';
import type { WeeklyReport, WeeklyRow } from '../contracts';
import { beijingWeek, weekEndsAt, weekStatus } from '../domain/week';
import { allNodes, progressAsOf } from '../repo';
import { namesFor } from '../views';

/**
 * The weekly report (Beijing Monday–Sunday) of people's tasks per unit: done
 * on time that week, late, at risk (domain/week.ts). A task counts for its lead
 * unit and each responsible unit, once per unit. It reads the plan as it stood
 * when the week ended (Sunday 23:59:59, Beijing): the tasks given by then, each
 * at the progress of its last report before then, so a past week's page and
 * CSV never change afterwards.
 */
export async function weeklyReport({ db, actor, now }: UseCaseContext, input: { day?: string }): Promise<WeeklyReport> {
  const week = beijingWeek(input.day ?? beijingDay(now));
  const endsAt = weekEndsAt(week);
  const [nodes, progressAtEnd] = await Promise.all([allNodes(db, actor.countyId), progressAsOf(db, actor.countyId, endsAt)]);
  // The week as it stood at its end: tasks given by then and not withdrawn by then (a later 撤销 leaves a past week as it was).
  const rows = nodes.filter((r) => r.level === 'person' && r.createdAt < endsAt && (r.withdrawnAt === null || r.withdrawnAt >= endsAt));
  const names = await namesFor(db, rows);
  const statusOf = (r: (typeof rows)[number]) =>
    weekStatus({ dueOn: r.dueOn, progress: progressAtEnd.get(r.id) ?? 0, doneDay: r.doneAt ? beijingDay(r.doneAt) : null }, week);
  const byUnit = new Map<string, WeeklyRow>();
  const totals = { done: 0, late: 0, atRisk: 0 };
  for (const r of rows) {
    const status = statusOf(r);
    if (!status) continue;
    totals[status] += 1;
    for (const unitId of new Set([r.leadUnitId, ...r.responsibleUnitIds])) {
      const row = byUnit.get(unitId) ?? { unitId, unit: names.units.get(unitId) ?? '', done: 0, late: 0, atRisk: 0 };
      row[status] += 1;
      byUnit.set(unitId, row);
    }
  }
  const list = [...byUnit.values()].sort((a, b) => b.late - a.late || b.atRisk - a.atRisk || a.unit.localeCompare(b.unit, 'zh-Hans-CN'));
  return { weekStart: week.start, weekEnd: week.end, rows: list, totals };
}

export const WEEKLY_CSV_HEADER = ['单位', '按期完成', '逾期', '有风险'] as const;

/** The same report as a CSV: one line per unit, in the page's order. */
export async function weeklyCsv(ctx: UseCaseContext, input: { day?: string }): Promise<{ filename: string; csv: string }> {
  const report = await weeklyReport(ctx, input);
  const lines = report.rows.map((r) => [r.unit, r.done, r.late, r.atRisk]);
  return { filename: `任务周报-${report.weekStart}至${report.weekEnd}.csv`, csv: toCsv([[...WEEKLY_CSV_HEADER], ...lines]) };
}
