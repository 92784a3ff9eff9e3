import { call } from '../../../lib/cloud'
import type { StationRedemption } from './types'

export function cancelRedemption(redemptionId: string, reason: string): Promise<StationRedemption> {
  return call<StationRedemption>('mall', 'cancel', { redemptionId, reason })
}
