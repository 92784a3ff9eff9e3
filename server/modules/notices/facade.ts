import type { UseCaseContext } from '../../core/action';
import { currentHome } from '../households/facade';
import { noticesAtHome } from './use-cases/my-notices';

/**
 * What other modules may ask of 楼栋通知. 首页's card: how many of the caller's building notices are unread, and the
 * first unread one's title ('' when none); null for someone with no home.
 */
export async function unreadNoticesSummary(ctx: UseCaseContext): Promise<{ unread: number; firstTitle: string } | null> {
  const home = await currentHome(ctx.db, ctx.actor.countyId, ctx.actor.userId);
  if (!home) return null;
  const unread = (await noticesAtHome(ctx, home, { archived: false })).filter((n) => !n.read);
  return { unread: unread.length, firstTitle: unread[0]?.title ?? '' };
}
