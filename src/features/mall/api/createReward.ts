import { call } from '../../../lib/cloud'
import type { ManagedReward, RewardKind } from './types'

export interface RewardDraft {
  kind: RewardKind
  name: string
  description?: string
  partner?: string
  photo?: string
  price: number
  perPersonLimit: number
  pickupDays: number
  /** an instant (+08:00); none: on the shelf until taken off */
  endsAt?: string
}

export function createReward(stationId: string, draft: RewardDraft & { stock: number }): Promise<ManagedReward> {
  return call<ManagedReward>('mall', 'createReward', { stationId, ...draft })
}
