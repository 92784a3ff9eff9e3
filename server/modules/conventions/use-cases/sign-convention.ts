import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { currentHome } from '../../households/facade';
import type { SignResult } from '../contracts';
import { signRefusal } from '../permissions';
import { findConvention, findPledge, findVersion, insertNumberedSignature, latestVersion, lockVersionCounter } from '../repo';

export async function signConvention({ db, actor, now }: UseCaseContext, input: { versionId: string }): Promise<SignResult> {
  const version = await findVersion(db, actor.countyId, input.versionId);
  if (!version) throw fail.notFound('没有找到这份公约');
  const convention = await findConvention(db, actor.countyId, version.conventionId);
  if (!convention) throw fail.notFound('没有找到这份公约');
  const home = convention.kind === 'residents' ? await currentHome(db, actor.countyId, actor.userId) : null;
  const refusal = signRefusal(convention, home?.communityId ?? null);
  if (refusal) throw fail.forbidden(refusal);

  const existing = await findPledge(db, version.id, actor.userId);
  if (existing) return { pledgeId: existing.id, signerNo: existing.signerNo, signedAt: iso(existing.signedAt), alreadySigned: true };

  await lockVersionCounter(db, version.id);
  // Checked under the lock: a version published meanwhile makes this one history.
  const latest = await latestVersion(db, convention.id);
  if (latest?.id !== version.id) throw fail.conflict('公约已经更新，请阅读新版本后再签署');

  const created = await insertNumberedSignature(db, { table: 'pledges', signerColumn: 'user_id' }, {
    id: newId(),
    county_id: actor.countyId,
    convention_id: convention.id,
    version_id: version.id,
    user_id: actor.userId,
    signed_at: now,
  });
  if (created) return { pledgeId: created.id, signerNo: created.signerNo, signedAt: iso(created.signedAt), alreadySigned: false };
  const first = await findPledge(db, version.id, actor.userId);
  if (!first) throw fail.conflict();
  return { pledgeId: first.id, signerNo: first.signerNo, signedAt: iso(first.signedAt), alreadySigned: true };
}
