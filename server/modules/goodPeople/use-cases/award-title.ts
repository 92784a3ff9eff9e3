import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { deliver } from '../../inbox/facade';
import { findGoodPerson, insertTitle, updateGoodPerson } from '../repo';

/**
 * The command centre awards a title (e.g. "2026年度青禾好人"); the same title in
 * the same year once. A new title is a step of the nomination (its history
 * says who gave which title when), taken only from the version read: a
 * nomination withdrawn meanwhile gets no title (CONFLICT, nothing written).
 */
export async function awardTitle(ctx: UseCaseContext, input: { goodPersonId: string; year: number; title: string }): Promise<{ awarded: boolean }> {
  const { db, actor, now } = ctx;
  if (!isCountyAdmin(actor)) throw fail.forbidden('只有县创文指挥中心可以授予称号');
  const row = await findGoodPerson(db, actor.countyId, input.goodPersonId);
  if (!row || row.status !== 'approved') throw fail.notFound('没有找到这位好人');
  const awarded = await insertTitle(db, { id: newId(), countyId: actor.countyId, goodPersonId: row.id, year: input.year, title: input.title, awardedBy: actor.userId, awardedAt: now });
  if (awarded) {
    const step = { type: 'awarded' as const, actorId: actor.userId, actorRole: 'admin' as const, award: { year: input.year, title: input.title }, at: now };
    if (!(await updateGoodPerson(db, row.id, row.version, { updatedAt: now }, step))) throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
    await recordAudit(db, actor, { role: 'admin', action: 'good_person.award', subjectType: 'good_person', subjectId: row.id, data: { year: input.year, title: input.title }, at: now });
    await deliver(db, actor.countyId, [{ userId: row.nominatedBy, kind: 'good-people', title: `${row.nomineeName}获评“${input.title}”`, body: '感谢您推荐身边的好人。', link: `/features/good-people/pages/detail/index?id=${row.id}`, sourceKey: `good-person:${row.id}:title:${input.year}:${input.title}` }], now);
  }
  return { awarded };
}
