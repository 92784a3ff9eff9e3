import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { currentHome } from '../../households/facade';
import type { ConventionDetail, PledgeRef } from '../contracts';
import { signRefusal } from '../permissions';
import { findConvention, latestVersion, pledgesOfUser } from '../repo';
import { scopeNameOf, withScopeName } from './scope-name';

export async function getConvention({ db, actor }: UseCaseContext, input: { conventionId: string }): Promise<ConventionDetail> {
  const convention = await withScopeName(db, actor.countyId, await findConvention(db, actor.countyId, input.conventionId));
  if (!convention) throw fail.notFound('没有找到这份公约');
  const version = await latestVersion(db, convention.id);
  if (!version) throw fail.notFound('这份公约还没有发布');
  const [home, pledges] = await Promise.all([
    currentHome(db, actor.countyId, actor.userId),
    pledgesOfUser(db, actor.userId, [convention.id]),
  ]);
  const toRef = (p: (typeof pledges)[number]): PledgeRef => ({ id: p.id, signerNo: p.signerNo, signedAt: iso(p.signedAt), version: p.version });
  const mine = pledges.find((p) => p.versionId === version.id);
  const previous = pledges.find((p) => p.versionId !== version.id);
  const refusal = signRefusal(convention, home?.communityId ?? null);
  return {
    id: convention.id,
    kind: convention.kind,
    title: convention.title,
    scopeName: scopeNameOf(convention),
    version: {
      id: version.id,
      version: version.version,
      title: version.title,
      preamble: version.preamble,
      articles: version.articles,
      publishedAt: iso(version.publishedAt),
    },
    signerCount: version.signerCount,
    canSign: refusal === null,
    ...(refusal ? { cannotSignReason: refusal } : {}),
    myPledge: mine ? toRef(mine) : null,
    previousPledge: previous ? toRef(previous) : null,
  };
}
