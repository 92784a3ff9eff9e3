import type { UseCaseContext } from '../../../core/action';
import { currentHome } from '../../households/facade';
import type { NoticeView } from '../contracts';
import { noticesForHome } from '../repo';
import { noticeView } from '../views';

const LIMIT = 50;

/**
 * The notices for the caller's own unit in their current building: pinned,
 * then newest. Someone who moved sees their new building's, never the old.
 */
export async function myNotices(ctx: UseCaseContext, input: { archived: boolean }): Promise<NoticeView[]> {
  const { db, actor, now } = ctx;
  const home = await currentHome(db, actor.countyId, actor.userId);
  if (!home) return [];
  const rows = await noticesForHome(db, home, { archived: input.archived, now, limit: LIMIT });
  const label = `${home.unitName}`;
  return rows.map((r) => noticeView({ ...r, buildingName: home.buildingName, communityId: home.communityId }, { audienceLabel: label, read: r.readAt !== null, acknowledged: r.acknowledgedAt !== null }));
}
