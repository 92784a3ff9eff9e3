import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { CaseSummary } from '../contracts';
import { toSummary } from '../case-views';
import { commandCentreAs, REFUSALS } from '../permissions';
import { overdueCases } from '../rows';

/** The command centre's list of cases past their deadline. */
export async function listOverdue(ctx: UseCaseContext): Promise<CaseSummary[]> {
  if (!commandCentreAs(ctx.actor)) throw fail.forbidden(REFUSALS.command);
  const rows = await overdueCases(ctx.db, ctx.actor.countyId, ctx.now);
  return rows.map((r) => toSummary(r, ctx.now));
}
