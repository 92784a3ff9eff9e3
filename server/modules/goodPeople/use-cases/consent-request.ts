import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { ConsentRequest } from '../contracts';
import { categoryName } from '../domain/categories';
import { consentAskOf, findGoodPerson } from '../repo';

/**
 * The request a person was sent in 消息, as the consent page shows it: the
 * name, category, story and photos they would agree to publish. Never the
 * contact, and never who nominated them (as with the code, the nominee's
 * side reads only "推荐人"). Only for the people who were asked; to anyone
 * else — the nominator included — there is no such request.
 */
export async function consentRequest({ db, actor }: UseCaseContext, input: { goodPersonId: string }): Promise<ConsentRequest> {
  const row = await findGoodPerson(db, actor.countyId, input.goodPersonId);
  const ask = row ? await consentAskOf(db, actor.countyId, row.id, actor.userId) : undefined;
  if (!row || !ask) throw fail.notFound('没有找到这条推荐，可能已经撤回了');
  const mine = row.consentVia === 'nominee' && row.consentBy === actor.userId;
  return {
    goodPersonId: row.id,
    nomineeName: row.nomineeName,
    category: row.category,
    categoryName: categoryName(row.category),
    story: row.story,
    photos: row.photos,
    asGuardian: ask.answererRole === 'guardian',
    waiting: row.status === 'awaiting_consent',
    myAnswer: mine ? (row.status === 'declined' ? 'declined' : 'agreed') : null,
  };
}
