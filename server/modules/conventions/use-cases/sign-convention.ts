import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { countEvent } from '../../dashboard/facade';
import { currentHome, homeAreaQuery } from '../../households/facade';
import type { SignResult } from '../contracts';
import { signRefusal } from '../permissions';
import { findPledge, insertNumberedSignature, signTarget } from '../repo';

const signed = (pledge: { id: string; signerNo: number; signedAt: Date }, alreadySigned: boolean): SignResult => ({
  pledgeId: pledge.id,
  signerNo: pledge.signerNo,
  signedAt: iso(pledge.signedAt),
  alreadySigned,
});

/**
 * The hot path of the campaign: one keyed read and one write. A second signature
 * is not looked for first: the insert's unique key finds it, and only then is
 * the first pledge read back.
 */
export async function signConvention({ db, actor, now }: UseCaseContext, input: { versionId: string }): Promise<SignResult> {
  const target = await signTarget(db, actor.countyId, input.versionId);
  if (!target) throw fail.notFound('没有找到这份公约');
  const home = target.kind === 'residents' ? await currentHome(db, actor.countyId, actor.userId) : null;
  const refusal = signRefusal(target, home?.communityId ?? null);
  if (refusal) throw fail.forbidden(refusal);

  const created = await insertNumberedSignature(db, { table: 'pledges', signerColumn: 'user_id' }, {
    id: newId(),
    county_id: actor.countyId,
    convention_id: target.conventionId,
    version_id: target.id,
    user_id: actor.userId,
    signed_at: now,
  });
  if (created) {
    // 签署人数 on the command centre's dashboard, under the 片区 of the signer's home (未划片区 without one):
    // the home already read, or read by the counter's own statement (no extra round trip on the hot path).
    const areaId = home ? home.areaId : homeAreaQuery(db, actor.countyId, actor.userId);
    await countEvent(db, { countyId: actor.countyId, metric: 'signers', at: now, areaId });
    return signed(created, false);
  }
  // This person signed this version before (or a racing request of theirs did), or it is no longer current.
  const first = await findPledge(db, target.id, actor.userId);
  if (first) return signed(first, true);
  throw fail.conflict('公约已经更新，请阅读新版本后再签署');
}
