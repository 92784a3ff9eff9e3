import type { CampaignPhase } from './phases';

export interface VoteRules {
  votesPerDay: number;
  repeatSameFamily: boolean;
  requireHousehold: boolean;
  minorsMayVote: boolean;
}

export interface Voter {
  isMinor: boolean;
  /** The household the voter is bound to, or null. */
  householdId: string | null;
}

export interface Entry {
  householdId: string;
  status: string;
}

export type VoteRefusal = { code: 'CLOSED' | 'FORBIDDEN' | 'CONFLICT'; message: string };

/**
 * Who may vote for which family now. The per-day limit and "once per family
 * a day" are not here: the database enforces them (a CHECKed counter and a
 * unique key), because reading first and writing later loses to a race.
 */
export function voteRefusal(phase: CampaignPhase, rules: VoteRules, voter: Voter, entry: Entry): VoteRefusal | null {
  if (phase !== 'voting') {
    return { code: 'CLOSED', message: phase === 'results' ? '投票已经结束，请查看评选结果' : '投票还没有开始' };
  }
  if (entry.status !== 'approved') return { code: 'CONFLICT', message: '这个家庭不在投票名单中' };
  if (voter.isMinor && !rules.minorsMayVote) return { code: 'FORBIDDEN', message: '本次评选由成年居民投票，小朋友可以请家长来投' };
  if (rules.requireHousehold && voter.householdId === null) return { code: 'FORBIDDEN', message: '本次评选需要先绑定住户才能投票' };
  if (voter.householdId !== null && voter.householdId === entry.householdId) return { code: 'FORBIDDEN', message: '不能给自己家投票' };
  return null;
}

/** The dedupe key of a vote: the family when a voter may support each family once a day, the vote itself when repeats are allowed. */
export function dedupeKey(rules: Pick<VoteRules, 'repeatSameFamily'>, nominationId: string, voteId: string): string {
  return rules.repeatSameFamily ? voteId : nominationId;
}
