import type { Actor } from '../../core/actor';

/** "Me too" is for someone else's report: one's own report is already followed. */
export function meTooRefusal(actor: Actor, report: { reporterId: string }): string | null {
  if (report.reporterId === actor.userId) return '这是您自己反映的问题，不需要再点"我也遇到"';
  return null;
}
