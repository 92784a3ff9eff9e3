/**
 * A 文明家庭 campaign's phases follow from its dates (Beijing time is only how
 * they are shown): nomination, then review until voting opens, then voting,
 * then results. Nothing sets a phase by hand, so nothing can leave one open.
 */
export type CampaignPhase = 'upcoming' | 'nomination' | 'review' | 'voting' | 'results';

export interface CampaignDates {
  nominationStartsAt: Date;
  nominationEndsAt: Date;
  votingStartsAt: Date;
  votingEndsAt: Date;
}

export const PHASE_LABELS: Record<CampaignPhase, string> = {
  upcoming: '即将开始',
  nomination: '推荐中',
  review: '审核中',
  voting: '投票中',
  results: '已公布结果',
};

export function campaignPhase(c: CampaignDates, now: Date): CampaignPhase {
  const t = now.getTime();
  if (t < c.nominationStartsAt.getTime()) return 'upcoming';
  if (t < c.nominationEndsAt.getTime()) return 'nomination';
  if (t < c.votingStartsAt.getTime()) return 'review';
  if (t < c.votingEndsAt.getTime()) return 'voting';
  return 'results';
}

/** Dates in order: nomination opens before it closes, voting opens after nomination closes and before it closes. */
export function datesRefusal(c: CampaignDates): { field: keyof CampaignDates; message: string } | null {
  if (c.nominationStartsAt >= c.nominationEndsAt) return { field: 'nominationEndsAt', message: '推荐截止时间要晚于推荐开始时间' };
  if (c.nominationEndsAt > c.votingStartsAt) return { field: 'votingStartsAt', message: '投票要在推荐截止之后开始' };
  if (c.votingStartsAt >= c.votingEndsAt) return { field: 'votingEndsAt', message: '投票截止时间要晚于投票开始时间' };
  return null;
}
