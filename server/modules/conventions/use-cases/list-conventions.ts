import type { UseCaseContext } from '../../../core/action';
import { currentHome } from '../../households/facade';
import type { ConventionSummary } from '../contracts';
import { pledgeStatus } from '../domain/pledge-status';
import { conventionsFor, pledgesOfUser } from '../repo';
import { withScopeNames } from './scope-name';
import { withCurrentVersion } from './with-current-version';

export async function listConventions(ctx: UseCaseContext): Promise<ConventionSummary[]> {
  return conventionsForHome(ctx, await currentHome(ctx.db, ctx.actor.countyId, ctx.actor.userId));
}

/** The texts that bind a person living at `home` (a caller that read the home already saves the read). */
export async function conventionsForHome({ db, actor }: Pick<UseCaseContext, 'db' | 'actor'>, home: { communityId: string } | null): Promise<ConventionSummary[]> {
  const conventions = await withScopeNames(db, actor.countyId, await conventionsFor(db, actor.countyId, home?.communityId ?? null));
  const ids = conventions.map((c) => c.id);
  const [listed, pledges] = await Promise.all([withCurrentVersion(db, conventions), pledgesOfUser(db, actor.userId, ids)]);
  return listed.map((c) => {
    const signed = pledges.filter((p) => p.conventionId === c.id).map((p) => p.version);
    return { ...c, mine: pledgeStatus(c.currentVersion.version, signed) };
  });
}
