import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { PublishableConvention } from '../contracts';
import { publishScopes } from '../permissions';
import { conventionsOfScopes } from '../repo';
import { withScopeNames } from './scope-name';
import { withCurrentVersion } from './with-current-version';

/** The texts the caller may revise, for the publishing page of the workbench. */
export async function publishableConventions({ db, actor }: UseCaseContext): Promise<PublishableConvention[]> {
  const scopes = publishScopes(actor);
  if (!scopes.county && scopes.communityIds.length === 0) throw fail.forbidden('只有创文办或社区工作人员可以发布公约');
  return withCurrentVersion(db, await withScopeNames(db, actor.countyId, await conventionsOfScopes(db, actor.countyId, scopes), true));
}
