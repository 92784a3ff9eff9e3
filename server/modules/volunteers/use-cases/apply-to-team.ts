import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { maskName } from '../../../core/mask';
import { deliver } from '../../inbox/facade';
import type { TeamCard } from '../contracts';
import { membersLink } from '../links';
import { holdersOf } from '../../identity/facade';
import { findTeam, insertApplication, openApplication } from '../repo';
import { findProfile } from '../rows';
import { toCards } from '../views';

/**
 * A registered volunteer asks to join a team; its leaders are told. One open
 * application per team: asking again while pending (or racing oneself) gives
 * the same pending application; a rejected person may ask again.
 */
export async function applyToTeam(ctx: UseCaseContext, input: { teamId: string }): Promise<TeamCard> {
  const { db, actor, now } = ctx;
  const team = await findTeam(db, actor.countyId, input.teamId);
  if (!team) throw fail.notFound('没有找到这支队伍');
  const profile = await findProfile(db, actor.userId);
  if (!profile) throw fail.forbidden('请先注册成为志愿者，再申请加入队伍');

  const id = await insertApplication(db, { countyId: actor.countyId, teamId: team.id, userId: actor.userId, at: now });
  if (id === null) {
    const open = await openApplication(db, team.id, actor.userId);
    if (open?.status === 'approved') throw fail.conflict('您已经是这支队伍的队员了');
  } else {
    const leaders = await holdersOf(db, actor.countyId, 'team_lead', 'team', team.id);
    await deliver(
      db,
      actor.countyId,
      leaders.map((userId) => ({
        userId,
        kind: 'volunteers',
        title: `新的入队申请：${team.name}`,
        body: `志愿者${maskName(profile.realName)}申请加入${team.name}，请到队员管理中审核。`,
        link: membersLink(team.id),
        sourceKey: `team-member:${id}:applied`,
      })),
      now,
    );
    await recordAudit(db, actor, { role: 'volunteer', action: 'volunteers.apply', subjectType: 'team', subjectId: team.id, at: now });
  }
  const [card] = await toCards(db, actor, [team]);
  return card;
}
