import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { currentHome } from '../../households/facade';
import type { SignResult } from '../contracts';
import { signRefusal } from '../permissions';
import { findPledge, insertNumberedSignature, signTarget } from '../repo';

const signed = (pledge: { id: string; signerNo: number; signedAt: Date }, alreadySigned: boolean): SignResult => ({
  pledgeId: pledge.id,
  signerNo: pledge.signerNo,
  signedAt: iso(pledge.signedAt),
  alreadySigned,
});

/** The hot path of the campaign: one read and one write, so that signing stays cheap. */
export async function signConvention({ db, actor, now }: UseCaseContext, input: { versionId: string }): Promise<SignResult> {
  const target = await signTarget(db, actor.countyId, input.versionId, actor.userId);
  if (!target) throw fail.notFound('没有找到这份公约');
  const home = target.kind === 'residents' ? await currentHome(db, actor.countyId, actor.userId) : null;
  const refusal = signRefusal(target, home?.communityId ?? null);
  if (refusal) throw fail.forbidden(refusal);
  if (target.pledgeId && target.signerNo && target.signedAt) {
    return signed({ id: target.pledgeId, signerNo: target.signerNo, signedAt: target.signedAt }, true);
  }
  if (!target.isCurrent) throw fail.conflict('公约已经更新，请阅读新版本后再签署');

  const created = await insertNumberedSignature(db, { table: 'pledges', signerColumn: 'user_id' }, {
    id: newId(),
    county_id: actor.countyId,
    convention_id: target.conventionId,
    version_id: target.id,
    user_id: actor.userId,
    signed_at: now,
  });
  if (created) return signed(created, false);
  // A racing request of the same person signed first, or a newer version was published meanwhile.
  const first = await findPledge(db, target.id, actor.userId);
  if (first) return signed(first, true);
  throw fail.conflict('公约已经更新，请阅读新版本后再签署');
}
