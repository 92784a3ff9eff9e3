import { refusing, withRole } from '../../core/authorize';
import { fail } from '../../core/errors';

/** 督查员 only (the command centre builds and publishes rounds, it does not fill in the form). */
export const inspectorsOnly = refusing(withRole('inspector'), '只有督查员可以做这件事');

/** The site's team: only its own inspectors see and fill in its form (a round stays hidden from everyone else). */
export function assertInTeam(inspectorIds: readonly string[], userId: string): void {
  if (!inspectorIds.includes(userId)) throw fail.notFound('没有找到这个点位的督查任务');
}
