import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { attachOwnPhotos } from '../../files/facade';
import type { NominationView } from '../contracts';
import { familyRole } from '../domain/nomination-events';
import { maySee } from '../domain/nomination-rules';
import { findNomination, updateNomination } from '../repo';
import { viewerFacts } from '../viewer';
import { mayRevise, toNominationView } from '../views';

/** After staff asked for changes: the family's side edits and sends it back for review. */
export async function reviseNomination(ctx: UseCaseContext, input: { nominationId: string; displayName: string; story: string; photos: string[] }): Promise<NominationView> {
  const { db, actor, now } = ctx;
  const row = await findNomination(db, actor.countyId, input.nominationId);
  const viewer = await viewerFacts(db, actor);
  if (!row || !maySee(row, viewer)) throw fail.notFound('没有找到这条推荐');
  if (!mayRevise(row, viewer)) throw row.status === 'changes_requested' ? fail.forbidden('只有推荐人或同意公开的家长可以修改') : fail.conflict('现在不需要修改');
  await attachOwnPhotos(db, actor, input.photos.filter((p) => !row.photos.includes(p)));
  const won = await updateNomination(db, row.id, row.version, {
    status: 'submitted',
    displayName: input.displayName,
    story: input.story,
    photos: JSON.stringify(input.photos),
    updatedAt: now,
  }, { type: 'revised', actorId: actor.userId, actorRole: familyRole(row, actor.userId, actor.isMinor), at: now });
  if (!won) throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
  return toNominationView((await findNomination(db, actor.countyId, row.id))!, viewer);
}
