import type { UseCaseContext } from '../../../core/action';
import type { PointEntryView } from '../contracts';
import { ownEntryCursor, personEntries } from '../repo';
import { entryView, PAGE } from './my-balance';

/** Older movements of the caller's account, a page at a time. */
export async function myHistory(ctx: UseCaseContext, input: { before?: string }): Promise<PointEntryView[]> {
  let before: { createdAt: Date; id: string } | undefined;
  if (input.before) {
    const anchor = await ownEntryCursor(ctx.db, ctx.actor.userId, input.before);
    if (!anchor) return [];
    before = anchor;
  }
  const entries = await personEntries(ctx.db, ctx.actor.userId, PAGE, before);
  return entries.map(entryView);
}
