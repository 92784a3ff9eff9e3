import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import { hashConsentCode } from '../domain/consent-code';
import { codeAnswererRole } from '../domain/nomination-events';
import { findByCodeHash, updateGoodPerson } from '../repo';

/**
 * The nominee answers with the code: agree to be shown (then staff review),
 * or decline (nothing is ever shown). For 新时代好少年 the answer comes from
 * an adult — the child's guardian.
 */
export async function consentByCode(ctx: UseCaseContext, input: { code: string; agree: boolean }): Promise<{ goodPersonId: string; nomineeName: string; status: string }> {
  const { db, actor, now } = ctx;
  const row = await findByCodeHash(db, actor.countyId, hashConsentCode(input.code));
  if (!row) throw fail.notFound('确认码不对，请核对后再输入');
  if (row.nominatedBy === actor.userId) throw fail.forbidden('请把确认码交给被推荐的人，由他本人确认');
  if (row.category === 'youth' && actor.isMinor) throw fail.forbidden('请让爸爸妈妈来确认');
  if (row.status !== 'awaiting_consent') throw fail.conflict('这条推荐已经确认过了');
  const status = input.agree ? 'submitted' : 'declined';
  const won = await updateGoodPerson(
    db,
    row.id,
    row.version,
    { status, consentBy: actor.userId, consentVia: 'nominee', consentAt: now, updatedAt: now },
    { type: input.agree ? 'consent_given' : 'consent_refused', actorId: actor.userId, actorRole: codeAnswererRole(row.category), at: now },
  );
  if (!won) throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
  await deliver(
    db,
    actor.countyId,
    [{ userId: row.nominatedBy, kind: 'good-people', title: input.agree ? `${row.nomineeName}同意了您的推荐` : `${row.nomineeName}婉拒了公开展示`, body: input.agree ? '已提交审核。' : '推荐不会公开。谢谢您发现身边的好人。', link: `/features/good-people/pages/detail/index?id=${row.id}`, sourceKey: `good-person:${row.id}:consent` }],
    now,
  );
  return { goodPersonId: row.id, nomineeName: row.nomineeName, status };
}
