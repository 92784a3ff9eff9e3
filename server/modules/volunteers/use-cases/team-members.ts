import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { MemberRow } from '../contracts';
import { managesTeam } from '../permissions';
import { findTeam } from '../repo';
import { roster } from '../rows';
import { memberView } from '../views';

/** The team's pending applications, then its members, with real names and phones: the team's leaders and the admin only. */
export async function teamMembers({ db, actor }: UseCaseContext, input: { teamId: string }): Promise<MemberRow[]> {
  const team = await findTeam(db, actor.countyId, input.teamId);
  if (!team) throw fail.notFound('没有找到这支队伍');
  if (!managesTeam(actor, team.id)) throw fail.forbidden('只有本队队长可以查看队员名单');
  return (await roster(db, team.id)).map(memberView);
}
