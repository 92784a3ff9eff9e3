import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { ScoreboardRow } from '../contracts';
import { commandCentreAs, REFUSALS } from '../permissions';
import { scoreboardRows } from '../repo';

const oneDecimal = (n: number | null) => (n === null ? null : Math.round(Number(n) * 10) / 10);

/** Per department: received, fixed on time, overdue now, median hours to fix, satisfaction. */
export async function departmentScoreboard(ctx: UseCaseContext): Promise<ScoreboardRow[]> {
  if (!commandCentreAs(ctx.actor)) throw fail.forbidden(REFUSALS.command);
  const rows = await scoreboardRows(ctx.db, ctx.actor.countyId, ctx.now);
  return rows.map((r) => ({ ...r, medianHoursToFix: oneDecimal(r.medianHoursToFix), satisfaction: oneDecimal(r.satisfaction) }));
}
