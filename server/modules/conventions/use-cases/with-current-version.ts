import { iso } from '../../../core/clock';
import type { PublishableConvention } from '../contracts';
import { latestVersions } from '../repo';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { scopeNameOf } from './scope-name';

type ConventionRow = { id: string; kind: PublishableConvention['kind']; title: string; communityName: string | null; countyName: string };

/** Conventions with their current versions, as lists show them; one without a published version is left out. */
export async function withCurrentVersion(db: Kysely<DB>, conventions: ConventionRow[]): Promise<PublishableConvention[]> {
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
