import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { userNames, withUserNames } from '../identity/facade';
import { namesOfPlaces } from '../places/facade';
import * as repo from './repo';
import type { NominationRecord } from './repo';

/**
 * Families' rows as its pages show them: a nomination with its community's
 * name (asked of places) and its nominator's (asked of identity), a history
 * step with its actor's name as it now stands (已注销用户 after 注销), an
 * entry or an export line with its community's name — one query per facade
 * per list, in the caller's transaction.
 */
export type NominationRow = NominationRecord & { community: string; nominatorName: string };
export type HistoryRow = repo.HistoryRecord & { actorName: string | null };

/** These nominations of the county, in the order of `ids` (those not found left out). */
export async function nominationsByIds(db: Kysely<DB>, countyId: string, ids: readonly string[]): Promise<NominationRow[]> {
  const records = await repo.nominationRecords(db, countyId, ids);
  const [communities, names] = await Promise.all([namesOfPlaces(db, 'communities', records.map((r) => r.communityId)), userNames(db, records.map((r) => r.nominatedBy))]);
  const byId = new Map(
    records.flatMap((r) => {
      const community = communities.get(r.communityId);
      const nominatorName = names.get(r.nominatedBy);
      return community !== undefined && nominatorName !== undefined ? [[r.id, { ...r, community, nominatorName }] as const] : [];
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findNomination(db: Kysely<DB>, countyId: string, nominationId: string): Promise<NominationRow | undefined> {
  return (await nominationsByIds(db, countyId, [nominationId]))[0];
}

export async function historyOf(db: Kysely<DB>, countyId: string, nominationId: string): Promise<HistoryRow[]> {
  return withUserNames(db, await repo.historyRecordsOf(db, countyId, nominationId), (e) => e.actorId, 'actorName');
}

async function withCommunity<R extends { communityId: string }>(db: Kysely<DB>, rows: R[]): Promise<(R & { community: string })[]> {
  const communities = await namesOfPlaces(db, 'communities', rows.map((r) => r.communityId));
  return rows.flatMap((r) => {
    const community = communities.get(r.communityId);
    return community === undefined ? [] : [{ ...r, community }];
  });
}

/** The voting list, by the tally counter. */
export const approvedEntries = async (db: Kysely<DB>, campaignId: string) => withCommunity(db, await repo.approvedEntries(db, campaignId));
export const frozenResults = async (db: Kysely<DB>, campaignId: string) => withCommunity(db, await repo.frozenResults(db, campaignId));
/** Votes per family per Beijing day, valid and voided, for the audit export. */
export const votesPerFamilyPerDay = async (db: Kysely<DB>, campaignId: string) => withCommunity(db, await repo.votesPerFamilyPerDay(db, campaignId));
