import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { NominationView } from '../contracts';
import { familyRole } from '../domain/nomination-events';
import { maySee } from '../domain/nomination-rules';
import { updateNomination } from '../repo';
import { findNomination } from '../rows';
import { viewerFacts } from '../viewer';
import { mayWithdraw, toNominationView } from '../views';

/** The guardian (or the household) takes its consent back: the family is hidden again at once, votes or not. */
export async function withdrawConsent(ctx: UseCaseContext, input: { nominationId: string }): Promise<NominationView> {
  const { db, actor, now } = ctx;
  const row = await findNomination(db, actor.countyId, input.nominationId);
  const viewer = await viewerFacts(db, actor);
  if (!row || !maySee(row, viewer)) throw fail.notFound('没有找到这条推荐');
  if (!mayWithdraw(row, viewer)) {
    throw row.status === 'withdrawn' || row.status === 'rejected' || row.status === 'awaiting_consent'
      ? fail.conflict('这条推荐现在不需要撤回')
      : fail.forbidden('只有同意公开的家长或家庭成员可以撤回');
  }
  // An adult's own family: the nominator takes the nomination back; otherwise the family takes its consent back.
  const type = row.nominatorKind === 'member' ? 'withdrawn' : 'consent_withdrawn';
  const won = await updateNomination(db, row.id, row.version, { status: 'withdrawn', consentWithdrawnAt: now, updatedAt: now }, { type, actorId: actor.userId, actorRole: familyRole(row, actor.userId, actor.isMinor), at: now });
  if (!won) throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
  const updated = await findNomination(db, actor.countyId, row.id);
  return toNominationView(updated!, viewer);
}
