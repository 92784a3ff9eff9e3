import { iso } from '../../core/clock';
import type { FamilyEntry, NominationHistoryEntry, NominationView } from './contracts';
import { eventBy, eventLabel, mayReadHistory, speaksForFamily } from './domain/nomination-events';
import type { NominatorKind, ViewerFacts } from './domain/nomination-rules';
import { mayConsent, mayReview } from './domain/nomination-rules';
import type { HistoryRow, NominationRow } from './rows';

export const NOMINATION_STATUS_LABELS: Record<string, string> = {
  awaiting_consent: '等待家长同意',
  submitted: '等待社区审核',
  changes_requested: '请修改后再提交',
  approved: '已入选投票名单',
  rejected: '未通过审核',
  withdrawn: '已撤回',
};

const NOMINATED_AS: Record<NominatorKind, string> = { child: '由孩子推荐', member: '家庭自荐', neighbour: '邻居推荐' };

export function nominatedAs(kind: NominatorKind): string {
  return NOMINATED_AS[kind];
}

/** For a neighbour's nomination the consent comes from the household, not a parent. */
export function statusLabel(row: Pick<NominationRow, 'status' | 'nominatorKind'>): string {
  if (row.status === 'awaiting_consent' && row.nominatorKind === 'neighbour') return '等待被推荐家庭同意';
  return NOMINATION_STATUS_LABELS[row.status] ?? row.status;
}

/** Who may withdraw: whoever consented for the household (the guardian, an adult of the household), or an adult who nominated their own. */
export function mayWithdraw(row: NominationRow, viewer: ViewerFacts): boolean {
  if (!['submitted', 'changes_requested', 'approved'].includes(row.status)) return false;
  if (row.nominatorKind === 'member') return row.nominatedBy === viewer.userId;
  return row.consentBy === viewer.userId || (mayConsent(row, viewer) && viewer.householdId === row.householdId);
}

export function mayRevise(row: NominationRow, viewer: ViewerFacts): boolean {
  if (row.status !== 'changes_requested') return false;
  if (row.nominatorKind === 'child') return row.consentBy === viewer.userId || mayConsent(row, viewer);
  return row.nominatedBy === viewer.userId;
}

/** The nomination as this viewer may see it; the child's name only to the child and their guardian. */
export function toNominationView(row: NominationRow, viewer: ViewerFacts): NominationView {
  const family = row.nominatedBy === viewer.userId || mayConsent(row, viewer) || row.consentBy === viewer.userId;
  const actions: NominationView['actions'] = [];
  if (row.status === 'awaiting_consent' && mayConsent(row, viewer)) actions.push('consent');
  if (mayWithdraw(row, viewer)) actions.push('withdrawConsent');
  if (mayRevise(row, viewer)) actions.push('revise');
  if (row.status === 'submitted' && mayReview(row, viewer)) actions.push('review');
  return {
    id: row.id,
    campaignId: row.campaignId,
    campaignTitle: row.campaignTitle,
    status: row.status,
    statusLabel: statusLabel(row),
    displayName: row.displayName,
    story: row.story,
    photos: row.photos,
    nominatedAs: nominatedAs(row.nominatorKind),
    childName: family && row.nominatorKind === 'child' ? row.nominatorName : null,
    childNameShown: row.childNameShown,
    community: row.community,
    reviewNote: row.reviewNote,
    votes: row.votes,
    // The household is for staff to rate (十星级文明户), never for the public or the family's neighbours.
    householdId: mayReview(row, viewer) ? row.householdId : null,
    actions,
    writtenOnMyPhone: row.hostedBy === viewer.userId,
    seesHistory: mayReadHistory(row, viewer),
  };
}

/** The history as this viewer may read it (the use case checked that they may). */
export function toHistory(row: NominationRow, viewer: ViewerFacts, events: HistoryRow[]): NominationHistoryEntry[] {
  const who = { family: speaksForFamily(row, viewer), reviewer: mayReview(row, viewer) };
  return events.map((e) => ({
    version: e.version,
    type: e.type,
    label: eventLabel(e, row.nominatorKind),
    at: iso(e.at),
    by: eventBy(e, row, who),
    decision: e.decision,
    note: e.note,
    contentHash: e.contentHash,
    childNameShown: e.childNameShown,
  }));
}

/** Competition ranking over rows already ordered by votes: equal votes, equal rank. */
export function toEntries(
  rows: { id: string; displayName: string; community: string; story: string; photos: string[]; nominatorKind: NominatorKind; childNameShown: string | null; votes: number; rank?: number; stars: number | null }[],
): FamilyEntry[] {
  let rank = 0;
  let previous: number | null = null;
  return rows.map((r, i) => {
    if (r.votes !== previous) rank = i + 1;
    previous = r.votes;
    return {
      nominationId: r.id,
      displayName: r.displayName,
      community: r.community,
      story: r.story,
      photos: r.photos,
      nominatedAs: nominatedAs(r.nominatorKind),
      childName: r.childNameShown,
      votes: r.votes,
      rank: r.rank ?? rank,
      stars: r.stars,
    };
  });
}
