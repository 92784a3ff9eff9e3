import { z } from 'zod';
import { idField, instant, noInput, optionalText, textField } from '../../core/fields';

export const STORY_MIN = 50;
export const STORY_MAX = 1500;
export const MAX_FAMILY_PHOTOS = 9;
const photos = () =>
  z
    .array(z.string().trim().min(1).max(300))
    .max(MAX_FAMILY_PHOTOS, { message: `最多${MAX_FAMILY_PHOTOS}张照片` })
    .refine((refs) => new Set(refs).size === refs.length, { message: '同一张照片只能放一次' });
const story = () => textField(STORY_MAX, STORY_MIN).refine((s) => Array.from(s).length >= STORY_MIN, { message: `家庭故事至少写${STORY_MIN}个字` });
const displayName = () => textField(12, 2);

export const familiesInputs = {
  campaigns: noInput(),
  campaign: z.object({ campaignId: idField() }).strict(),
  createCampaign: z
    .object({
      title: textField(40, 4),
      description: textField(1000, 10),
      nominationStartsAt: instant('推荐开始时间'),
      nominationEndsAt: instant('推荐截止时间'),
      votingStartsAt: instant('投票开始时间'),
      votingEndsAt: instant('投票截止时间'),
      votesPerDay: z.number().int().min(1, { message: '每天至少1票' }).max(20, { message: '每天最多20票' }).default(1),
      repeatSameFamily: z.boolean().default(false),
      requireHousehold: z.boolean().default(true),
      minorsMayVote: z.boolean().default(false),
      familyVotesPerMinute: z.number().int().min(1).max(10000).default(60),
    })
    .strict(),
  /** Nominates the caller's own family, or (householdId) a neighbour's. A child's needs a guardian's consent. */
  nominate: z
    .object({
      campaignId: idField(),
      householdId: idField().optional(),
      displayName: displayName(),
      story: story(),
      photos: photos().default([]),
    })
    .strict(),
  mine: noInput(),
  /** Nominations waiting for the caller's consent (a guardian, or an adult of a nominated household). */
  consentRequests: noInput(),
  nomination: z.object({ nominationId: idField() }).strict(),
  /** The nomination's history: to the reviewers and the adults who speak for the family only. */
  history: z.object({ nominationId: idField() }).strict(),
  /** Consent, with what will be published: the guardian may edit it and chooses whether the child's name shows. */
  consent: z
    .object({
      nominationId: idField(),
      displayName: displayName(),
      story: story(),
      photos: photos(),
      showChildName: z.boolean().default(false),
      /** The guardian on whose phone the child wrote it says they read it again, apart from the child's session. */
      secondLook: z.boolean().default(false),
    })
    .strict(),
  withdrawConsent: z.object({ nominationId: idField() }).strict(),
  revise: z.object({ nominationId: idField(), displayName: displayName(), story: story(), photos: photos() }).strict(),
  reviewQueue: z.object({ campaignId: idField() }).strict(),
  review: z
    .object({ nominationId: idField(), decision: z.enum(['approve', 'changes', 'reject']), reason: optionalText(200) })
    .strict(),
  entries: z.object({ campaignId: idField() }).strict(),
  vote: z.object({ nominationId: idField() }).strict(),
  flags: z.object({ campaignId: idField() }).strict(),
  voidVotes: z.object({ voteIds: z.array(idField()).min(1).max(500), reason: textField(200, 2) }).strict(),
  exportVotes: z.object({ campaignId: idField() }).strict(),
  /** 十星级文明户: staff rate a household of their community against the ten criteria. */
  rateHousehold: z
    .object({ householdId: idField(), criteria: z.array(z.boolean()).length(10, { message: '请逐项评定十项标准' }) })
    .strict(),
  householdStars: z.object({ householdId: idField() }).strict(),
};

export interface HouseholdStars {
  householdId: string;
  stars: number;
  /** The criteria met, by name. */
  met: string[];
  ratedAt: string | null;
}

export interface CampaignSummary {
  id: string;
  title: string;
  phase: string;
  phaseLabel: string;
  nominationStartsAt: string;
  nominationEndsAt: string;
  votingStartsAt: string;
  votingEndsAt: string;
  entries: number;
}

export interface CampaignDetail extends CampaignSummary {
  description: string;
  rules: { votesPerDay: number; repeatSameFamily: boolean; requireHousehold: boolean; minorsMayVote: boolean };
  /** Votes the caller has left today (null outside voting). */
  votesLeftToday: number | null;
  /** The caller's household's live nomination in this campaign, if any. */
  myNominationId: string | null;
  mayNominate: boolean;
  isAdmin: boolean;
}

/** A family as the public sees it: never the child's name unless the guardian chose to show it. */
export interface FamilyEntry {
  nominationId: string;
  displayName: string;
  community: string;
  story: string;
  photos: string[];
  /** 由孩子推荐 / 家庭自荐 / 邻居推荐 */
  nominatedAs: string;
  childName: string | null;
  votes: number;
  rank: number;
  /** 十星级文明户 stars of the household, when rated. */
  stars: number | null;
}

export interface NominationView {
  id: string;
  campaignId: string;
  campaignTitle: string;
  status: string;
  statusLabel: string;
  displayName: string;
  story: string;
  photos: string[];
  nominatedAs: string;
  /** Only to the child and the guardian: the child's name, to decide whether to show it. */
  childName: string | null;
  childNameShown: string | null;
  community: string;
  reviewNote: string | null;
  votes: number;
  /** Only to staff who may review it (and the command centre): the household, to rate it as a 十星级文明户. Null to everyone else. */
  householdId: string | null;
  /** What the caller may do: consent, withdraw, revise, review. */
  actions: ('consent' | 'withdrawConsent' | 'revise' | 'review')[];
  /** The child wrote it in child mode on the caller's phone: their consent takes a second, explicit look. */
  writtenOnMyPhone: boolean;
  /** The caller may read its history (`history`): the reviewers and the adults who speak for the family. */
  seesHistory: boolean;
}

/** One step of a nomination's history, oldest first. */
export interface NominationHistoryEntry {
  /** The nomination's version once this step applied (one step per version). */
  version: number;
  type: 'submitted' | 'consent_given' | 'revised' | 'reviewed' | 'consent_withdrawn' | 'withdrawn';
  /** What happened, in words (审核通过，进入投票名单 …). */
  label: string;
  at: string;
  /** Who, as the caller may know them: a child's name only to the family, staff by name only to the reviewers; 已注销用户 after 注销. */
  by: string;
  decision: 'approve' | 'changes' | 'reject' | null;
  /** The reviewer's reason. */
  note: string | null;
  /** SHA-256 (hex) of what the nomination said at this version (name, story, photos, whether the child's name shows): what a consent covers. */
  contentHash: string;
  childNameShown: boolean;
}

export interface VoteResult {
  votes: number;
  votesLeftToday: number;
}

export interface VoteFlag {
  id: string;
  nominationId: string;
  displayName: string;
  windowStart: string;
  newAccountVotes: number;
  /** Each suspicious vote: its id (to void), when, and how old the account was. */
  votes: { voteId: string; at: string; accountAgeHours: number; voided: boolean }[];
}
