export type Id = string | number
export type Relation = 'owner' | 'family' | 'tenant'

export interface Binding {
  requestId: Id
  householdId: Id
  label: string
  status: 'pending' | 'approved' | 'rejected' | 'cancelled' | string
  relation: Relation
  reason?: string | null
  requestedAt: string
  decidedAt?: string | null
}
export interface MyBinding {
  current: Binding | null
  pending: Binding | null
  lastDecision: Binding | null
}
