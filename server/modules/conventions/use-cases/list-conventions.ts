import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { currentHome } from '../../households/facade';
import type { ConventionSummary } from '../contracts';
import { pledgeStatus } from '../domain/pledge-status';
import { conventionsFor, latestVersions, pledgesOfUser } from '../repo';
import { scopeNameOf } from './scope-name';

export async function listConventions({ db, actor }: UseCaseContext): Promise<ConventionSummary[]> {
  const home = await currentHome(db, actor.countyId, actor.userId);
  const conventions = await conventionsFor(db, actor.countyId, home?.communityId ?? null);
  const ids = conventions.map((c) => c.id);
  const [versions, pledges] = await Promise.all([latestVersions(db, ids), pledgesOfUser(db, actor.userId, ids)]);
  return conventions.flatMap((c) => {
    const current = versions.find((v) => v.conventionId === c.id);
    if (!current) return [];
    const signed = pledges.filter((p) => p.conventionId === c.id).map((p) => p.version);
    return [
      {
        id: c.id,
        kind: c.kind,
        title: c.title,
        scopeName: scopeNameOf(c),
        currentVersion: { id: current.id, version: current.version, publishedAt: iso(current.publishedAt) },
        signerCount: current.signerCount,
        mine: pledgeStatus(current.version, signed),
      },
    ];
  });
}
