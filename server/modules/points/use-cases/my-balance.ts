import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import type { BalanceView, PointEntryView } from '../contracts';
import { expiryYears, personBalance, personEntries } from '../repo';

export const PAGE = 20;

export function entryView(e: { id: string; amount: number; createdAt: Date; kind: string; memo: string }): PointEntryView {
  return { id: e.id, at: iso(e.createdAt), amount: e.amount, kind: e.kind, memo: e.memo };
}

/** The caller's balance and latest movements. */
export async function myBalance(ctx: UseCaseContext): Promise<BalanceView> {
  const [balance, entries, years] = await Promise.all([personBalance(ctx.db, ctx.actor.userId), personEntries(ctx.db, ctx.actor.userId, PAGE), expiryYears(ctx.db, ctx.actor.countyId)]);
  return { balance, entries: entries.map(entryView), expiryYears: years };
}
