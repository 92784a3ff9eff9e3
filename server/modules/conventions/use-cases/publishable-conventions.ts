import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import type { PublishableConvention } from '../contracts';
import { publishScopes } from '../permissions';
import { conventionsOfScopes, latestVersions } from '../repo';
import { scopeNameOf } from './scope-name';

/** The texts the caller may revise, for the publishing page of the workbench. */
export async function publishableConventions({ db, actor }: UseCaseContext): Promise<PublishableConvention[]> {
  const scopes = publishScopes(actor);
  if (!scopes.county && scopes.communityIds.length === 0) throw fail.forbidden('只有创文办或社区工作人员可以发布公约');
  const conventions = await conventionsOfScopes(db, actor.countyId, scopes);
  const versions = await latestVersions(db, conventions.map((c) => c.id));
  return conventions.flatMap((c) => {
    const current = versions.find((v) => v.conventionId === c.id);
    if (!current) return [];
    return [
      {
        id: c.id,
        kind: c.kind,
        title: c.title,
        scopeName: scopeNameOf(c),
        currentVersion: { id: current.id, version: current.version, publishedAt: iso(current.publishedAt) },
        signerCount: current.signerCount,
      },
    ];
  });
}
