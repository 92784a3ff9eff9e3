import type { UseCaseContext } from '../../../core/action';
import type { ScoreboardRow } from '../contracts';
import { scoreboardRows } from '../rows';

const oneDecimal = (n: number | null) => (n === null ? null : Math.round(Number(n) * 10) / 10);

/**
 * Per department: received, fixed on time, overdue now, median hours to fix,
 * satisfaction. Public to the county's residents, as the feature promises:
 * a department's record is the county's business, and it names no person.
 */
export async function departmentScoreboard(ctx: UseCaseContext): Promise<ScoreboardRow[]> {
  const rows = await scoreboardRows(ctx.db, ctx.actor.countyId, ctx.now);
  return rows.map((r) => ({ ...r, medianHoursToFix: oneDecimal(r.medianHoursToFix), satisfaction: oneDecimal(r.satisfaction) }));
}
