import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { addSupport, findGoodPerson } from '../repo';

/** 点赞: once per person per good person, however often or concurrently tapped. */
export async function supportGoodPerson({ db, actor, now }: UseCaseContext, input: { goodPersonId: string }): Promise<{ supports: number }> {
  const row = await findGoodPerson(db, actor.countyId, input.goodPersonId);
  if (!row || row.status !== 'approved') throw fail.notFound('没有找到这位好人');
  return { supports: await addSupport(db, { goodPersonId: row.id, userId: actor.userId, countyId: actor.countyId, at: now }) };
}
