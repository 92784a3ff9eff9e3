import { call } from '../../../lib/cloud'
import type { RedemptionView } from './types'

/** mall.redeem — points leave, one item is kept for the caller, a pickup code comes back. */
export function redeem(rewardId: string): Promise<RedemptionView> {
  return call<RedemptionView>('mall', 'redeem', { rewardId })
}
