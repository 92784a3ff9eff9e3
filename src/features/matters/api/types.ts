/** The matters module's answers, as the server's contract defines them (types only: nothing of the server is bundled). */
export type { MatterView, RaiseResult } from '../../../../server/modules/matters/contracts'

/** Ids are UUID strings. */
export type Id = string

export type MatterKind = 'waste' | 'clutter' | 'noise' | 'dispute' | 'other'
export type MatterStatus = 'open' | 'answered' | 'resolved' | 'reported'
export type MatterStep = 'answer' | 'resolve' | 'report'

export interface RaiseInput {
  /** Made with the draft: a retried raise returns the first matter. */
  idempotencyKey: string
  kind: MatterKind
  text: string
  /** refs that files.upload returned to this person */
  photos: string[]
}

export interface ReportInput {
  matterId: Id
  categoryId: Id
  latitude: number
  longitude: number
  /** the building's address when left out */
  address?: string
}

/** One of the 随手拍 problem types a matter may become. */
export interface ReportCategory {
  id: Id
  name: string
}
