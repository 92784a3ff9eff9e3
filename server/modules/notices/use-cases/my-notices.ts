import type { UseCaseContext } from '../../../core/action';
import { currentHome } from '../../households/facade';
import type { HouseholdPlace } from '../../places/facade';
import type { NoticeView } from '../contracts';
import { noticesForHome } from '../repo';
import { noticeView } from '../views';

const LIMIT = 50;

/**
 * The notices for the caller's own unit in their current building: pinned,
 * then newest. Someone who moved sees their new building's, never the old.
 */
export async function myNotices(ctx: UseCaseContext, input: { archived: boolean }): Promise<NoticeView[]> {
  const home = await currentHome(ctx.db, ctx.actor.countyId, ctx.actor.userId);
  return home ? noticesAtHome(ctx, home, input) : [];
}

/** The notices for the caller's unit at `home` (their current home, already read by the caller). */
export async function noticesAtHome(ctx: UseCaseContext, home: HouseholdPlace, input: { archived: boolean }): Promise<NoticeView[]> {
  const rows = await noticesForHome(ctx.db, home, { archived: input.archived, now: ctx.now, limit: LIMIT });
  const label = `${home.unitName}`;
  return rows.map((r) => noticeView({ ...r, buildingName: home.buildingName, communityId: home.communityId }, { audienceLabel: label, read: r.readAt !== null, acknowledged: r.acknowledgedAt !== null }));
}
