/**
 * Who may see and act on a family nomination. A child's nomination — their
 * name, story and drawing — is seen only by the child, a guardian living in
 * the same household, and the system until that guardian consents; a
 * neighbour's nomination waits for an adult of the nominated household.
 */
export type NominatorKind = 'child' | 'member' | 'neighbour';

export interface NominationFacts {
  status: string;
  nominatedBy: string;
  nominatorKind: NominatorKind;
  householdId: string;
  communityId: string;
}

export interface ViewerFacts {
  userId: string;
  isMinor: boolean;
  householdId: string | null;
  /** The minors this person is guardian of. */
  wards: string[];
  staffCommunities: string[];
  isAdmin: boolean;
}

/** Adults of the nominated household give consent; for a child, only the child's own guardian living there. */
export function mayConsent(n: NominationFacts, v: ViewerFacts): boolean {
  if (v.isMinor || v.householdId !== n.householdId) return false;
  if (n.nominatorKind === 'child') return v.wards.includes(n.nominatedBy);
  return n.nominatorKind === 'neighbour';
}

/** Published: anyone in the county sees it. */
export function isPublic(status: string): boolean {
  return status === 'approved';
}

/** Consent given and not withdrawn: staff may look at it. */
export function isReviewable(status: string): boolean {
  return status === 'submitted' || status === 'changes_requested' || status === 'approved' || status === 'rejected';
}

export function maySee(n: NominationFacts, v: ViewerFacts): boolean {
  if (n.nominatedBy === v.userId) return true;
  if (mayConsent(n, v)) return true;
  // A consenting guardian keeps seeing it (and may withdraw) whatever happens next.
  if (n.nominatorKind === 'child' && v.wards.includes(n.nominatedBy) && v.householdId === n.householdId) return true;
  if (isReviewable(n.status) && (v.isAdmin || v.staffCommunities.includes(n.communityId))) return true;
  return isPublic(n.status);
}

export function mayReview(n: NominationFacts, v: ViewerFacts): boolean {
  return isReviewable(n.status) && (v.isAdmin || v.staffCommunities.includes(n.communityId));
}

/**
 * A revision after consent needs the family's consent again when the one who
 * revises is not who speaks for the family: a neighbour rewrote what the
 * household agreed to. A child's nomination is revised by the guardian (their
 * revision is their consent), an adult's own family by that adult.
 */
export function revisionNeedsConsent(n: Pick<NominationFacts, 'nominatorKind'>): boolean {
  return n.nominatorKind === 'neighbour';
}
