import type { UseCaseContext } from '../../../core/action';
import { unreadNoticesSummary } from '../../notices/facade';
import type { HomeView } from '../contracts';
import { optionalPart } from './optional-part';
import { summary } from './summary';
import { todo } from './todo';
import { workbench } from './workbench';

/**
 * 首页 in one answer. In WeChat each card asked its own cloud function, so a
 * first visit of the day woke five functions (each a cold start) and drew the
 * page five times; one call wakes one. A child (in child mode, or a minor's
 * own account) has no 工作台 and no building notices, as before.
 */
export async function home(ctx: UseCaseContext): Promise<HomeView> {
  const child = ctx.actor.isMinor;
  const [campaign, items, desks, notices] = await Promise.all([
    summary(ctx),
    todo(ctx),
    child ? Promise.resolve({ desks: [] }) : optionalPart('工作台', () => workbench(ctx), { desks: [] }),
    child ? Promise.resolve(null) : optionalPart('楼栋通知', () => unreadNoticesSummary(ctx), null),
  ]);
  return { summary: campaign, todo: items, desks: desks.desks, notices };
}
