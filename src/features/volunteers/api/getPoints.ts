import { call } from '../../../lib/cloud'
import type { BalanceView } from './types'

/** points.balance — my balance and latest movements. */
export function getPoints(): Promise<BalanceView> {
  return call<BalanceView>('points', 'balance', {})
}
