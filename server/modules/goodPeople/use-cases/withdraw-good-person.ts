import type { UseCaseContext } from '../../../core/action';
import { holdsRoleIn } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { codeAnswererRole, reviewerRole } from '../domain/nomination-events';
import { deliver } from '../../inbox/facade';
import type { GoodPersonView } from '../contracts';
import { mayWithdraw, seesPrivate, WITHDRAWABLE } from '../permissions';
import { findGoodPerson, updateGoodPerson } from '../repo';
import { toView } from '../views';

/**
 * 撤下展示: the person who agreed to be shown (with the code: the nominee,
 * or a child's guardian) takes the agreement back — before or after
 * approval —, or staff record that the nominee asked them to (a reason is
 * then required). The good person leaves the gallery, the honour roll and
 * every activity's 讲述人 at once; nothing brings them back (a new
 * nomination would).
 */
export async function withdrawGoodPerson(ctx: UseCaseContext, input: { goodPersonId: string; reason?: string }): Promise<GoodPersonView> {
  const { db, actor, now } = ctx;
  const row = await findGoodPerson(db, actor.countyId, input.goodPersonId);
  if (!row || (row.status !== 'approved' && !seesPrivate(actor, row) && row.consentBy !== actor.userId)) throw fail.notFound('没有找到这位好人');
  if (!mayWithdraw(actor, row)) throw fail.forbidden('只有本人（或替孩子同意的家长）和社区工作人员可以撤下展示');
  if (!WITHDRAWABLE.includes(row.status)) throw fail.conflict(row.status === 'withdrawn' ? '已经撤下展示了' : '这条推荐现在不能撤下');
  const byConsenter = row.consentVia === 'nominee' && row.consentBy === actor.userId;
  if (!byConsenter && !input.reason) throw fail.validation('请写明撤下的原因', [{ field: 'reason', message: '这一项必须填写' }]);
  const asStaff = row.communityId !== null && holdsRoleIn(actor, 'staff', row.communityId);
  const won = await updateGoodPerson(
    db,
    row.id,
    row.version,
    { status: 'withdrawn', updatedAt: now },
    { type: 'consent_withdrawn', actorId: actor.userId, actorRole: byConsenter ? codeAnswererRole(row.category) : reviewerRole(asStaff), note: input.reason ?? null, at: now },
  );
  if (!won) throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
  const role = byConsenter ? 'resident' : asStaff ? 'staff' : 'admin';
  await recordAudit(db, actor, { role, action: 'good_person.withdraw', subjectType: 'good_person', subjectId: row.id, data: { reason: input.reason ?? null, byConsenter }, at: now });
  await deliver(
    db,
    actor.countyId,
    [{ userId: row.nominatedBy, kind: 'good-people', title: `${row.nomineeName}的事迹已撤下展示`, body: input.reason ? `原因：${input.reason}` : '本人撤回了公开展示的同意。谢谢您发现身边的好人。', link: `/features/good-people/pages/detail/index?id=${row.id}`, sourceKey: `good-person:${row.id}:withdrawn` }],
    now,
  );
  return toView(db, actor, (await findGoodPerson(db, actor.countyId, row.id))!);
}
