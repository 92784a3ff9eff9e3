import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { maskName } from '../../../core/mask';
import type { Certificate } from '../contracts';
import { countyOf } from '../../campaign/facade';
import { userNames } from '../../identity/facade';
import { findPledgeById } from '../repo';

/** A certificate can be shared: others see the signer's name masked. */
export async function certificate({ db, actor }: UseCaseContext, input: { pledgeId: string }): Promise<Certificate> {
  const pledge = await findPledgeById(db, actor.countyId, input.pledgeId);
  const [names, county] = pledge ? await Promise.all([userNames(db, [pledge.userId]), countyOf(db, actor.countyId)]) : [];
  const userName = pledge && names?.get(pledge.userId);
  if (!pledge || userName === undefined || !county) throw fail.notFound('没有找到这张签署证书');
  const isMine = pledge.userId === actor.userId;
  return {
    pledgeId: pledge.id,
    signerName: isMine ? userName : maskName(userName),
    isMine,
    conventionTitle: pledge.title,
    version: pledge.version,
    signerNo: pledge.signerNo,
    signedAt: iso(pledge.signedAt),
    countyName: county.name,
    totalSigners: pledge.signerCount,
  };
}
