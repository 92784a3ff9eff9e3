import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import type { TeamCard } from '../contracts';
import { findTeam, moveApplication, moveMemberCount } from '../repo';
import { toCards } from '../views';

/**
 * A member leaves the team (the member count goes down with it); a pending
 * application is withdrawn the same way. The row stays, marked left.
 */
export async function leaveTeam(ctx: UseCaseContext, input: { teamId: string }): Promise<TeamCard> {
  const { db, actor, now } = ctx;
  const team = await findTeam(db, actor.countyId, input.teamId);
  if (!team) throw fail.notFound('没有找到这支队伍');
  const left = { status: 'left' as const, decidedBy: actor.userId, decidedAt: now, reason: null };
  const wasMember = await moveApplication(db, team.id, actor.userId, 'approved', left);
  if (wasMember) {
    await moveMemberCount(db, team.id, -1);
  } else if (!(await moveApplication(db, team.id, actor.userId, 'pending', left))) {
    throw fail.conflict('您不是这支队伍的队员');
  }
  await recordAudit(db, actor, { role: 'volunteer', action: wasMember ? 'volunteers.leave' : 'volunteers.withdraw', subjectType: 'team', subjectId: team.id, at: now });
  const [card] = await toCards(db, actor, [(await findTeam(db, actor.countyId, team.id))!]);
  return card;
}
