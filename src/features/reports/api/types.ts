/** The reports module's answers, as the server's contract defines them (types only: nothing of the server is bundled). */
export type {
  CaseAction,
  CaseSummary,
  CategorySetting,
  Department,
  GalleryItem,
  MeTooResult,
  MyReport,
  NearbyReport,
  ReportCategory,
  ReportDetail,
  ReportSettings,
  ScoreboardRow,
  StepResult,
  SubmitResult,
  TimelineEntry,
} from '../../../../server/modules/reports/contracts'

/** Ids are UUID strings. */
export type Id = string

export type StaffFilter = 'waiting' | 'assigned' | 'done'
export type HandlerFilter = 'open' | 'done'

export interface SubmitInput {
  idempotencyKey: string
  categoryId: Id
  description: string
  latitude: number
  longitude: number
  address: string
  anonymous: boolean
  photos: string[]
}
