/** The notices module's answers, as the server's contract defines them (types only: nothing of the server is bundled). */
export type { BuildingOption, ManagedNotice, NoticeView, ReceiptsView, RevisionView } from '../../../../server/modules/notices/contracts'

/** Ids are UUID strings. */
export type Id = string

/** What a notice says: the same for posting and editing. */
export interface NoticeContent {
  title: string
  body: string
  /** refs that files.upload returned, at most 9 */
  images: string[]
  pinned: boolean
  /** an instant with its offset (+08:00: the form works in Beijing time); after it the notice is archived */
  endsAt: string
}

export interface PostNoticeInput extends NoticeContent {
  /** the draft's key: a retry posts nothing twice */
  idempotencyKey?: string
  buildingId: Id
  /** empty: the whole building */
  unitIds: Id[]
}

/** What 提醒未读 reached: households not yet read that someone lives in, and the people told. */
export interface RemindResult {
  households: number
  people: number
}
