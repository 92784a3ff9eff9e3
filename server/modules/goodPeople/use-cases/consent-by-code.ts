import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import { hashConsentCode } from '../domain/consent-code';
import { codeAnswererRole } from '../domain/nomination-events';
import { findByCodeHash, updateGoodPerson, type GoodPersonRow } from '../repo';
import type { Notice } from '../../inbox/facade';
import { recordAudit } from '../../../core/audit';

/**
 * The nominator hears the answer, however it was given (the code, 消息). One
 * message per round of consent: the version it answered is in the source, so
 * a revision's new answer is news again.
 */
export function tellNominator(row: Pick<GoodPersonRow, 'id' | 'nomineeName' | 'nominatedBy' | 'version'>, agree: boolean): Notice {
  return {
    userId: row.nominatedBy,
    kind: 'good-people',
    title: agree ? `${row.nomineeName}同意了您的推荐` : `${row.nomineeName}婉拒了公开展示`,
    body: agree ? '已提交审核。' : '推荐不会公开。谢谢您发现身边的好人。',
    link: `/features/good-people/pages/detail/index?id=${row.id}`,
    sourceKey: `good-person:${row.id}:consent:${row.version}`,
  };
}

/**
 * The nominee answers with the code: agree to be shown (then staff review),
 * or decline (nothing is ever shown). For 新时代好少年 the answer comes from
 * an adult — the child's guardian.
 */
export async function consentByCode(ctx: UseCaseContext, input: { code: string; agree: boolean }): Promise<{ goodPersonId: string; nomineeName: string; status: string }> {
  const { db, actor, now } = ctx;
  const row = await findByCodeHash(db, actor.countyId, hashConsentCode(ctx.keys, input.code));
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
    { type: input.agree ? 'consent_given' : 'consent_refused', actorId: actor.userId, actorRole: codeAnswererRole(row.category), channel: 'code', at: now },
  );
  if (!won) throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
  await recordAudit(db, actor, { role: actor.isMinor ? 'minor' : 'resident', action: 'good_person.consent', subjectType: 'good_person', subjectId: row.id, data: { agree: input.agree, channel: 'code', as: codeAnswererRole(row.category) }, at: now });
  await deliver(db, actor.countyId, [tellNominator(row, input.agree)], now);
  return { goodPersonId: row.id, nomineeName: row.nomineeName, status };
}
