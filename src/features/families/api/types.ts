/** The families module's answers, as the server's contract defines them (types only: nothing of the server is bundled). */
export type {
  CampaignDetail,
  CampaignSummary,
  FamilyEntry,
  HouseholdStars,
  NominationHistoryEntry,
  NominationView,
  VoteFlag,
  VoteResult,
} from '../../../../server/modules/families/contracts'

/** Ids are UUID strings. */
export type Id = string

/** A campaign's phase, as the server names it (its dates decide it). */
export type Phase = 'upcoming' | 'nomination' | 'review' | 'voting' | 'results'

/** What a nomination's family side may do, or staff: exactly the server's `actions`. */
export type NominationAction = 'consent' | 'withdrawConsent' | 'revise' | 'review'

/** What is published about a family: the name it goes by, its story and photos. */
export interface FamilyContent {
  displayName: string
  story: string
  photos: string[]
}

export interface NominateInput extends FamilyContent {
  campaignId: Id
  /** A neighbour's household (that household consents first); left out for one's own family. */
  householdId?: Id
}

export interface ConsentInput extends FamilyContent {
  nominationId: Id
  showChildName: boolean
  /** the child wrote it on this guardian's phone: they read it again and say so */
  secondLook?: boolean
}

export type ReviewDecision = 'approve' | 'changes' | 'reject'

export interface CreateCampaignInput {
  title: string
  description: string
  nominationStartsAt: string
  nominationEndsAt: string
  votingStartsAt: string
  votingEndsAt: string
  votesPerDay: number
  repeatSameFamily: boolean
  requireHousehold: boolean
  minorsMayVote: boolean
}
