import { call } from '../../../lib/cloud'
import type { StationRedemption } from './types'

/** 送上门 — staff will bring it to the resident's door. */
export function markDelivery(redemptionId: string, delivery: boolean): Promise<StationRedemption> {
  return call<StationRedemption>('mall', 'markDelivery', { redemptionId, delivery })
}
