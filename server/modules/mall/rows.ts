import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { userNames } from '../identity/facade';
import { stationsByIds } from '../places/facade';
import * as repo from './repo';
import type { RedemptionRecord, RewardRecord } from './repo';

/**
 * The mall's rows as its pages show them: each with its station's name and
 * address (asked of places) and a redemption with the person's name (asked
 * of identity), one query each per list, in the caller's transaction.
 */
export type RewardRow = RewardRecord & { stationName: string; stationAddress: string };
export type RedemptionRow = RedemptionRecord & { stationName: string; stationAddress: string; userName: string };

async function labelRewards(db: Kysely<DB>, rows: RewardRecord[]): Promise<RewardRow[]> {
  const stations = await stationsByIds(db, rows.map((r) => r.stationId));
  return rows.flatMap((r) => {
    const s = stations.get(r.stationId);
    return s ? [{ ...r, stationName: s.name, stationAddress: s.address }] : [];
  });
}

async function labelRedemptions(db: Kysely<DB>, rows: RedemptionRecord[]): Promise<RedemptionRow[]> {
  const [stations, names] = await Promise.all([stationsByIds(db, rows.map((d) => d.stationId)), userNames(db, rows.map((d) => d.userId))]);
  return rows.flatMap((d) => {
    const s = stations.get(d.stationId);
    const userName = names.get(d.userId);
    return s && userName !== undefined ? [{ ...d, stationName: s.name, stationAddress: s.address, userName }] : [];
  });
}

const one = <R, L>(label: (db: Kysely<DB>, rows: R[]) => Promise<L[]>) => async (db: Kysely<DB>, row: R | undefined): Promise<L | undefined> => (row ? (await label(db, [row]))[0] : undefined);
const labelReward = one(labelRewards);
const labelRedemption = one(labelRedemptions);

export const findReward = async (db: Kysely<DB>, countyId: string, rewardId: string) => labelReward(db, await repo.findReward(db, countyId, rewardId));
/** What residents can redeem now: listed, not ended; those in stock first. */
export const openRewards = async (db: Kysely<DB>, countyId: string, now: Date, stationId?: string) => labelRewards(db, await repo.openRewards(db, countyId, now, stationId));
export const stationRewardRows = async (db: Kysely<DB>, countyId: string, stationId: string) => labelRewards(db, await repo.stationRewardRows(db, countyId, stationId));

export const findRedemption = async (db: Kysely<DB>, countyId: string, redemptionId: string) => labelRedemption(db, await repo.findRedemption(db, countyId, redemptionId));
export const redemptionByDigits = async (db: Kysely<DB>, countyId: string, digits: string) => labelRedemption(db, await repo.redemptionByDigits(db, countyId, digits));
export const redemptionsOf = async (db: Kysely<DB>, countyId: string, userId: string) => labelRedemptions(db, await repo.redemptionsOf(db, countyId, userId));
export const waitingAt = async (db: Kysely<DB>, countyId: string, stationId: string) => labelRedemptions(db, await repo.waitingAt(db, countyId, stationId));
