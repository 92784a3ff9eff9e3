import { z } from 'zod';
import { idField } from '../../core/fields';
import type { Metric } from './domain/metrics';

export type { Metric } from './domain/metrics';

export const DASHBOARD_DAY_CHOICES = [7, 14, 30] as const;

export const dashboardInputs = {
  /** 全县每日情况: the last `days` Beijing days (today included), for the county or one 片区. */
  overview: z
    .object({
      days: z.union([z.literal(7), z.literal(14), z.literal(30)], { errorMap: () => ({ message: '只能看最近7天、14天或30天' }) }).default(14),
      areaId: idField().optional(),
    })
    .strict(),
};

/**
 * The task tree's progress (任务与责任书), from the tasks module's facade: the
 * county's current plan rolled up by weight — with a 片区 chosen, the 片区's
 * part of it — and this Beijing week's done / late / at risk, counted as the
 * weekly report counts them.
 */
export interface TaskProgressSlot {
  planId: string;
  /** The current plan's title. */
  planTitle: string;
  /** Weighted progress, 0–100, whole (99.6 reads 99); null when the chosen 片区 has no part of the plan. */
  percent: number | null;
  /** The people's tasks counted. */
  taskCount: number;
  done: number;
  late: number;
  atRisk: number;
  /** The week counted: Monday and Sunday, Beijing days. */
  weekStart: string;
  weekEnd: string;
}

export interface DashboardOverview {
  /** The Beijing days shown, oldest first (YYYY-MM-DD); the last is today. */
  days: string[];
  /** The county's 片区, for the filter. */
  areas: { id: string; name: string }[];
  /** The 片区 shown, or null for the whole county. */
  areaId: string | null;
  /** One number per day for each metric (volunteer service in minutes). */
  series: Record<Metric, number[]>;
  /** The sums over the days shown. */
  totals: Record<Metric, number>;
  /**
   * The county shown 片区 by 片区 (only when no 片区 is chosen; empty with
   * one): each 片区's sums over the days shown, in the order of `areas`, then
   * 未划片区 (areaId null: signers and voters bound to no home, service
   * without a community) when it has anything.
   */
  byArea: { areaId: string | null; totals: Record<Metric, number> }[];
  /** Task progress: null when the county has no plan yet. */
  tasks: TaskProgressSlot | null;
}
