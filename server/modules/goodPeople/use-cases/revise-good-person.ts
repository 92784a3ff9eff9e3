import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { attachOwnPhotos } from '../../files/facade';
import type { GoodPersonView } from '../contracts';
import { findGoodPerson, updateGoodPerson } from '../repo';
import { toView } from '../views';

/** The nominator rewrites the story after staff asked for changes; it goes back to review. */
export async function reviseGoodPerson(ctx: UseCaseContext, input: { goodPersonId: string; story: string; photos: string[] }): Promise<GoodPersonView> {
  const { db, actor, now } = ctx;
  const row = await findGoodPerson(db, actor.countyId, input.goodPersonId);
  if (!row || row.nominatedBy !== actor.userId) throw fail.notFound('没有找到这位好人');
  if (row.status !== 'changes_requested') throw fail.conflict('现在不需要修改');
  await attachOwnPhotos(db, actor, input.photos.filter((p) => !row.photos.includes(p)));
  const won = await updateGoodPerson(
    db,
    row.id,
    row.version,
    { status: 'submitted', story: input.story, photos: JSON.stringify(input.photos), updatedAt: now },
    { type: 'revised', actorId: actor.userId, actorRole: 'nominator', at: now },
  );
  if (!won) throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
  return toView(db, actor, (await findGoodPerson(db, actor.countyId, row.id))!);
}
