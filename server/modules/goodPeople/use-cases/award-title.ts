import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { deliver } from '../../inbox/facade';
import { findGoodPerson, insertTitle } from '../repo';

/** The command centre awards a title (e.g. "2026年度青禾好人"); the same title in the same year once. */
export async function awardTitle(ctx: UseCaseContext, input: { goodPersonId: string; year: number; title: string }): Promise<{ awarded: boolean }> {
  const { db, actor, now } = ctx;
  if (!isCountyAdmin(actor)) throw fail.forbidden('只有县创文指挥中心可以授予称号');
  const row = await findGoodPerson(db, actor.countyId, input.goodPersonId);
  if (!row || row.status !== 'approved') throw fail.notFound('没有找到这位好人');
  const awarded = await insertTitle(db, { id: newId(), countyId: actor.countyId, goodPersonId: row.id, year: input.year, title: input.title, awardedBy: actor.userId, awardedAt: now });
  if (awarded) {
    await recordAudit(db, actor, { role: 'admin', action: 'good_person.award', subjectType: 'good_person', subjectId: row.id, data: { year: input.year, title: input.title }, at: now });
    await deliver(db, actor.countyId, [{ userId: row.nominatedBy, kind: 'good-people', title: `${row.nomineeName}获评“${input.title}”`, body: '感谢您推荐身边的好人。', link: `/features/good-people/pages/detail/index?id=${row.id}`, sourceKey: `good-person:${row.id}:title:${input.year}:${input.title}` }], now);
  }
  return { awarded };
}
