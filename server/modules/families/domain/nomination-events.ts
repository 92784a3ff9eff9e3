import { createHash } from 'node:crypto';
import { mayConsent, maySee, mayReview, type NominationFacts, type NominatorKind, type ViewerFacts } from './nomination-rules';

/**
 * A nomination's history: each step it took, who took it and in which
 * capacity, and what the nomination said afterwards (as a hash: the version a
 * consent covers, without keeping a second copy of a child's story).
 */
export type NominationEventType = 'submitted' | 'consent_given' | 'revised' | 'reviewed' | 'consent_withdrawn' | 'withdrawn';

/** `system`: the nomination was withdrawn because its nominator's account was deleted (注销). */
export type NominationActorRole = 'child' | 'nominator' | 'guardian' | 'household' | 'staff' | 'admin' | 'system';

export type ReviewDecision = 'approve' | 'changes' | 'reject';

/** What is (to be) published: the family's name, story and photos, and whether the child's name shows. */
export interface PublishedContent {
  displayName: string;
  story: string;
  photos: readonly string[];
  childNameShown: string | null;
}

/** SHA-256 (hex) of the published content; the child's name enters only as shown or not. */
export function contentHash(c: PublishedContent): string {
  return createHash('sha256')
    .update(JSON.stringify([c.displayName, c.story, [...c.photos], c.childNameShown !== null]))
    .digest('hex');
}

/** In which capacity a person on the family's side acted. */
export function familyRole(n: Pick<NominationFacts, 'nominatedBy' | 'nominatorKind'>, userId: string, isMinor: boolean): NominationActorRole {
  if (n.nominatedBy === userId) return isMinor ? 'child' : 'nominator';
  return n.nominatorKind === 'child' ? 'guardian' : 'household';
}

/** Staff of the nomination's community review as staff; anyone else who may review is the command centre. */
export function reviewerRole(n: Pick<NominationFacts, 'communityId'>, v: ViewerFacts): 'staff' | 'admin' {
  return v.staffCommunities.includes(n.communityId) ? 'staff' : 'admin';
}

/**
 * The adults who speak for the family in this nomination: whoever consented
 * (for an adult's own family, the adult), a guardian living with the child, an
 * adult of a household a neighbour nominated. Not the child, not the neighbour.
 */
export function speaksForFamily(n: NominationFacts & { consentBy: string | null }, v: ViewerFacts): boolean {
  if (v.isMinor || !maySee(n, v)) return false;
  return n.consentBy === v.userId || mayConsent(n, v);
}

/** The history is for the reviewers (while they may review it) and the family's adults; never the public. */
export function mayReadHistory(n: NominationFacts & { consentBy: string | null }, v: ViewerFacts): boolean {
  return mayReview(n, v) || speaksForFamily(n, v);
}

const SUBMITTED: Record<NominatorKind, string> = { child: '孩子提交了推荐', member: '家庭自荐，提交审核', neighbour: '邻居推荐了这个家庭' };
const REVIEWED: Record<ReviewDecision, string> = { approve: '审核通过，进入投票名单', changes: '社区请修改', reject: '未通过审核' };

/** What a step is called on the timeline. */
export function eventLabel(e: { type: NominationEventType; actorRole: NominationActorRole; decision: ReviewDecision | null; asksConsent?: boolean }, kind: NominatorKind): string {
  switch (e.type) {
    case 'submitted':
      return SUBMITTED[kind];
    case 'consent_given':
      return kind === 'child' ? '家长同意公开' : '被推荐家庭同意公开';
    case 'revised':
      return e.asksConsent ? '修改后重新提交，请被推荐家庭重新同意' : '修改后重新提交';
    case 'reviewed':
      return e.decision ? REVIEWED[e.decision] : '已审核';
    case 'consent_withdrawn':
      return '撤回同意';
    case 'withdrawn':
      return e.actorRole === 'system' ? '推荐人注销了账号，推荐已撤回' : '撤回推荐';
  }
}

/**
 * Who took a step, as this viewer may know them: a child's name only to the
 * family, a neighbour's and a staff member's only to the reviewers (the family
 * sees "邻居" and the community, as on a report's timeline).
 */
export function eventBy(
  e: { actorRole: NominationActorRole; actorName: string | null },
  n: { nominatorKind: NominatorKind; community: string },
  viewer: { family: boolean; reviewer: boolean },
): string {
  const name = e.actorName ?? '';
  switch (e.actorRole) {
    case 'child':
      return viewer.family ? `${name}（孩子）` : '孩子';
    case 'nominator':
      return n.nominatorKind === 'neighbour' ? (viewer.reviewer ? `${name}（邻居）` : '邻居') : name;
    case 'guardian':
      return `${name}（家长）`;
    case 'household':
      return `${name}（被推荐家庭）`;
    case 'staff':
      return viewer.reviewer ? `${name}（${n.community}）` : n.community;
    case 'admin':
      return viewer.reviewer ? `${name}（县创文指挥中心）` : '县创文指挥中心';
    case 'system':
      return '系统';
  }
}
