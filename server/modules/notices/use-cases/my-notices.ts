import type { UseCaseContext } from '../../../core/action';
import { currentHome } from '../../households/facade';
import type { NoticeView } from '../contracts';
import type { NoticeRow } from '../repo';
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
  const rows = await db
    .selectFrom('notices as n')
    .innerJoin('noticeUnits as nu', (join) => join.onRef('nu.noticeId', '=', 'n.id').on('nu.unitId', '=', home.unitId))
    .innerJoin('buildings as b', 'b.id', 'n.buildingId')
    .leftJoin('noticeReads as r', (join) => join.onRef('r.noticeId', '=', 'n.id').on('r.householdId', '=', home.householdId))
    .selectAll('n')
    .select(['b.name as buildingName', 'b.communityId', 'r.readAt', 'r.acknowledgedAt'])
    .where('n.buildingId', '=', home.buildingId)
    .where('n.status', '=', 'published')
    .where('n.endsAt', input.archived ? '<=' : '>', now)
    .$if(!input.archived, (q) => q.orderBy('n.pinned', 'desc'))
    .orderBy('n.createdAt', 'desc')
    .limit(LIMIT)
    .execute();
  const label = `${home.unitName}`;
  return rows.map((r) => noticeView(r as NoticeRow, { audienceLabel: label, read: r.readAt !== null, acknowledged: r.acknowledgedAt !== null }));
}
