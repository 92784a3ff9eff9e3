import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { countyOf } from '../../campaign/facade';
import { namesOfPlaces } from '../../places/facade';

/** How a convention names who it binds: the county, or one community. */
export function scopeNameOf(row: { kind: string; countyName: string; communityName: string | null }): string {
  return row.kind === 'residents' && row.communityName ? row.communityName : row.countyName;
}

type Named<R> = R & { communityName: string | null; countyName: string };

/**
 * The county's conventions with the names of whom they bind: the county's
 * from the campaign, the communities' from places (one query for the list).
 * `byCommunityName` orders them as the list of texts shows them: by kind,
 * then by community name (the county's texts, with none, after).
 */
export async function withScopeNames<R extends { kind: string; communityId: string | null }>(db: Kysely<DB>, countyId: string, rows: readonly R[], byCommunityName = false): Promise<Named<R>[]> {
  if (rows.length === 0) return [];
  const [county, communities] = await Promise.all([countyOf(db, countyId), namesOfPlaces(db, 'communities', rows.map((r) => r.communityId))]);
  const named = rows.map((r) => ({ ...r, communityName: (r.communityId ? communities.get(r.communityId) : undefined) ?? null, countyName: county.name }));
  if (!byCommunityName) return named;
  // The names' order is the database's (its collation), as the join's ORDER BY was.
  const rank = new Map([...communities.keys()].map((id, i) => [id, i] as const));
  const position = (r: R) => (r.communityId !== null && rank.has(r.communityId) ? rank.get(r.communityId)! : Number.MAX_SAFE_INTEGER);
  return named.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : position(a) - position(b)));
}

export async function withScopeName<R extends { kind: string; communityId: string | null }>(db: Kysely<DB>, countyId: string, row: R | undefined): Promise<Named<R> | undefined> {
  return row && (await withScopeNames(db, countyId, [row]))[0];
}
