import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import type { VersionHistory } from '../contracts';
import { findConvention, pledgesOfUser, versionsOf } from '../repo';

export async function versionHistory({ db, actor }: UseCaseContext, input: { conventionId: string }): Promise<VersionHistory> {
  const convention = await findConvention(db, actor.countyId, input.conventionId);
  if (!convention) throw fail.notFound('没有找到这份公约');
  const [versions, pledges] = await Promise.all([versionsOf(db, convention.id), pledgesOfUser(db, actor.userId, [convention.id])]);
  return {
    title: convention.title,
    versions: versions.map((v) => {
      const mine = pledges.find((p) => p.versionId === v.id);
      return {
        id: v.id,
        version: v.version,
        title: v.title,
        publishedAt: iso(v.publishedAt),
        signerCount: v.signerCount,
        mySignedAt: mine ? iso(mine.signedAt) : null,
      };
    }),
  };
}
