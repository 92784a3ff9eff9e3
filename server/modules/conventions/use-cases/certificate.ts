import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { maskName } from '../../../core/mask';
import type { Certificate } from '../contracts';
import { findPledgeById } from '../repo';

/** A certificate can be shared: others see the signer's name masked. */
export async function certificate({ db, actor }: UseCaseContext, input: { pledgeId: string }): Promise<Certificate> {
  const pledge = await findPledgeById(db, actor.countyId, input.pledgeId);
  if (!pledge) throw fail.notFound('没有找到这张签署证书');
  const isMine = pledge.userId === actor.userId;
  return {
    pledgeId: pledge.id,
    signerName: isMine ? pledge.userName : maskName(pledge.userName),
    isMine,
    conventionTitle: pledge.title,
    version: pledge.version,
    signerNo: pledge.signerNo,
    signedAt: iso(pledge.signedAt),
    countyName: pledge.countyName,
    totalSigners: pledge.signerCount,
  };
}
