/** The goodPeople module's answers, as the server's contract defines them (types only: nothing of the server is bundled). */
export type { ConsentRequest, GoodPersonCard, GoodPersonEvent, GoodPersonEvents, GoodPersonHistoryEntry, GoodPersonView, HonourYear, NominateResult, ReviseResult } from '../../../../server/modules/goodPeople/contracts'

/** Ids are UUID strings. */
export type Id = string

/** One of the county's categories of good people, with a line saying who belongs in it. */
export interface Category {
  key: string
  name: string
  hint: string
}

/** What the actions on a good person are called in `actions`. */
export type GoodPersonAction = 'confirmConsent' | 'review' | 'revise' | 'support' | 'award' | 'withdraw'

export interface NominateInput {
  /** Made with the draft: a retried submit returns the same nomination. */
  idempotencyKey: string
  category: string
  nomineeName: string
  nomineeContact: string
  story: string
  photos: string[]
}

export interface ConsentResult {
  goodPersonId: Id
  nomineeName: string
  /** submitted (agreed: now with staff for review) or declined (never shown) */
  status: 'submitted' | 'declined' | string
}

/** Whose nomination a code belongs to, before the person answers. */
export interface CodeLookup {
  nomineeName: string
  categoryName: string
  story: string
  answered: boolean
}

export type ReviewDecision = 'approve' | 'changes' | 'reject'
