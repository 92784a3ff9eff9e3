import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { deliver, markReadBySource } from '../../inbox/facade';
import { consentAskOf, findGoodPerson, updateGoodPerson, type GoodPersonRow } from '../repo';
import { tellNominator } from './consent-by-code';

/** The same person's same answer, already recorded: a second tap (or a racing one) gives the first result. */
function alreadyAnswered(row: GoodPersonRow, userId: string, agree: boolean): boolean {
  return row.consentVia === 'nominee' && row.consentBy === userId && row.status === (agree ? 'submitted' : 'declined');
}

/**
 * The nominee (or a child nominee's guardian) answers the request they were
 * sent in 消息: agree to be shown (then staff review) or decline (never
 * shown; no reason asked). Only a person who was asked may answer; the
 * nominator and everyone else are refused. Answering twice, or two answers at
 * once, give one result: the version check lets one writer through.
 */
export async function answerConsent(ctx: UseCaseContext, input: { goodPersonId: string; agree: boolean }): Promise<{ goodPersonId: string; nomineeName: string; status: string }> {
  const { db, actor, now } = ctx;
  const row = await findGoodPerson(db, actor.countyId, input.goodPersonId);
  const ask = row ? await consentAskOf(db, actor.countyId, row.id, actor.userId) : undefined;
  if (!row || !ask) {
    if (row && row.nominatedBy === actor.userId) throw fail.forbidden('要由被推荐人本人（孩子由家长）来确认');
    throw fail.notFound('没有找到这条推荐');
  }
  const result = (status: string) => ({ goodPersonId: row.id, nomineeName: row.nomineeName, status });
  if (alreadyAnswered(row, actor.userId, input.agree)) return result(row.status);
  if (row.status !== 'awaiting_consent') throw fail.conflict('这条推荐已经确认过了');
  const status = input.agree ? 'submitted' : 'declined';
  const won = await updateGoodPerson(
    db,
    row.id,
    row.version,
    { status, consentBy: actor.userId, consentVia: 'nominee', consentNote: null, consentAt: now, updatedAt: now },
    { type: input.agree ? 'consent_given' : 'consent_refused', actorId: actor.userId, actorRole: ask.answererRole, channel: 'inbox', at: now },
  );
  if (!won) {
    // Someone answered meanwhile: if it was this same answer of this person, it is the one result.
    const now2 = await findGoodPerson(db, actor.countyId, row.id);
    if (now2 && alreadyAnswered(now2, actor.userId, input.agree)) return result(now2.status);
    throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
  }
  await recordAudit(db, actor, { role: 'resident', action: 'good_person.consent', subjectType: 'good_person', subjectId: row.id, data: { agree: input.agree, channel: 'inbox', as: ask.answererRole }, at: now });
  await deliver(db, actor.countyId, [tellNominator(row, input.agree)], now);
  // The request is answered: it is no longer news in this person's 消息.
  await markReadBySource(db, actor.userId, `good-person:${row.id}:ask`, now);
  return result(status);
}
