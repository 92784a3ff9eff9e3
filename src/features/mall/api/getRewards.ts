import { call } from '../../../lib/cloud'
import type { MallView } from './types'

/** mall.rewards — what can be redeemed now, with the caller's balance. */
export function getRewards(): Promise<MallView> {
  return call<MallView>('mall', 'rewards', {})
}
