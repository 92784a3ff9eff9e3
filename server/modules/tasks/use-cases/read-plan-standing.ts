import type { Kysely } from 'kysely';
import { beijingDay } from '../../../core/clock';
import type { DB } from '../../../db/schema';
import { planStanding, type PlanStanding } from '../domain/standing';
import { standingNodes } from '../repo';

/**
 * The current plan's progress and this week's done / late / at-risk, for the
 * command centre's dashboard (through the facade), for the county or one 片区.
 *
 * Read from the tree each time rather than kept in a counter: the roll-up
 * weighs every level's children and each task's last report, and late and at
 * risk move with the calendar, not with an event; a county's plan is a few
 * hundred rows read by (county_id) in one query, so the figure is always the
 * plan page's and the weekly report's own.
 */
export async function planStandingFor(db: Kysely<DB>, countyId: string, now: Date, areaId: string | null): Promise<(PlanStanding & { planTitle: string }) | null> {
  const rows = await standingNodes(db, countyId);
  const today = beijingDay(now);
  const standing = planStanding(
    rows.map((r) => ({ ...r, doneDay: r.doneAt ? beijingDay(r.doneAt) : null })),
    today,
    areaId,
  );
  if (!standing) return null;
  return { ...standing, planTitle: rows.find((r) => r.id === standing.planId)!.title };
}
