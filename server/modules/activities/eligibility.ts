import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor';
import type { DB } from '../../db/schema';
import { isRegisteredVolunteer, isTeamMember } from '../volunteers/facade';
import type { ActivityRow } from './rows';

/** Why the caller may not sign up for the activity now, in words for them; null when they may. */
export async function whyNotSignUp(db: Kysely<DB>, actor: Actor, a: ActivityRow, now: Date): Promise<string | null> {
  if (a.status === 'cancelled') return '活动已取消';
  if (now.getTime() > new Date(a.signupDeadline).getTime()) return '报名已截止';
  if (a.audience === 'residents') return null;
  if (actor.isMinor) return '志愿服务活动需年满18周岁，未成年人请参加面向居民的社区活动';
  if (a.audience === 'volunteers') return (await isRegisteredVolunteer(db, actor.userId)) ? null : '本活动面向注册志愿者，请先注册成为志愿者';
  return a.teamId && (await isTeamMember(db, a.teamId, actor.userId)) ? null : `本活动仅限${a.organiserName}队员报名`;
}
