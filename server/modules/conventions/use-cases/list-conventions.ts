import type { UseCaseContext } from '../../../core/action';
import { currentHome } from '../../households/facade';
import type { ConventionSummary } from '../contracts';
import { pledgeStatus } from '../domain/pledge-status';
import { conventionsFor, pledgesOfUser } from '../repo';
import { withCurrentVersion } from './with-current-version';

export async function listConventions({ db, actor }: UseCaseContext): Promise<ConventionSummary[]> {
  const home = await currentHome(db, actor.countyId, actor.userId);
  const conventions = await conventionsFor(db, actor.countyId, home?.communityId ?? null);
  const ids = conventions.map((c) => c.id);
  const [listed, pledges] = await Promise.all([withCurrentVersion(db, conventions), pledgesOfUser(db, actor.userId, ids)]);
  return listed.map((c) => {
    const signed = pledges.filter((p) => p.conventionId === c.id).map((p) => p.version);
    return { ...c, mine: pledgeStatus(c.currentVersion.version, signed) };
  });
}
