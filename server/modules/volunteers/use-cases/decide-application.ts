import type { z } from 'zod';
import type { UseCaseContext } from '../../../core/action';
import { holdsRoleIn } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import type { MemberRow, volunteersInputs } from '../contracts';
import { teamLink } from '../links';
import { managesTeam } from '../permissions';
import { findTeam, hasApplied, moveApplication, moveMemberCount } from '../repo';
import { memberRow } from '../rows';
import { memberView } from '../views';
import { sentence } from '../../../core/sentence';

type Input = z.output<typeof volunteersInputs.decide>;

/**
 * A leader of the team (or the admin) approves or rejects (with a reason) a
 * pending application. The row moves only if it is still pending, so two
 * leaders deciding at once decide once; an approval counts the new member in
 * the same transaction. The applicant is told.
 */
export async function decideApplication(ctx: UseCaseContext, input: Input): Promise<MemberRow> {
  const { db, actor, now } = ctx;
  const team = await findTeam(db, actor.countyId, input.teamId);
  if (!team) throw fail.notFound('没有找到这支队伍');
  if (!managesTeam(actor, team.id)) throw fail.forbidden('只有本队队长可以审核入队申请');
  if (!input.approve && !input.reason) throw fail.validation('请写明不通过的原因', [{ field: 'reason', message: '这一项必须填写' }]);

  const id = await moveApplication(db, team.id, input.userId, 'pending', {
    status: input.approve ? 'approved' : 'rejected',
    decidedBy: actor.userId,
    decidedAt: now,
    reason: input.reason ?? null,
  });
  if (!id) {
    if (!(await hasApplied(db, team.id, input.userId))) throw fail.notFound('没有找到这份入队申请');
    throw fail.conflict('这份申请已经处理过了，请刷新后再看');
  }
  if (input.approve) await moveMemberCount(db, team.id, 1);

  await deliver(
    db,
    actor.countyId,
    [
      {
        userId: input.userId,
        kind: 'volunteers',
        title: input.approve ? `您已加入${team.name}` : `${team.name}没有通过您的入队申请`,
        body: input.approve ? `欢迎加入${team.name}！可以报名参加队伍的活动了。` : `原因：${sentence(input.reason ?? '')}您可以完善资料后再次申请。`,
        link: teamLink(team.id),
        sourceKey: `team-member:${id}:decided`,
      },
    ],
    now,
  );
  await recordAudit(db, actor, {
    role: holdsRoleIn(actor, 'team_lead', team.id) ? 'team_lead' : 'admin',
    action: input.approve ? 'volunteers.approve' : 'volunteers.reject',
    subjectType: 'team_member',
    subjectId: id,
    data: { teamId: team.id, userId: input.userId, reason: input.reason ?? null },
    at: now,
  });
  return memberView(await memberRow(db, id));
}
