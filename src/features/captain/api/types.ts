export type Id = string | number
export type QueueStatus = 'pending' | 'decided'

export interface QueueItem {
  requestId: Id
  householdLabel: string
  applicantName: string
  applicantPhone?: string
  relation: 'owner' | 'family' | 'tenant' | string
  requestedAt: string
  status: 'pending' | 'approved' | 'rejected' | 'cancelled' | string
  reason?: string | null
}

export interface DecideResult {
  requestId: Id
  status: string
}
