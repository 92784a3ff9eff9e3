import { call } from '../cloud'
import type { BalanceView } from '../../../server/modules/points/contracts'

/** points.balance — anyone's own balance and latest movements: 我的 shows 我的积分 to whoever has either. */
export function getMyPoints(): Promise<BalanceView> {
  return call<BalanceView>('points', 'balance', {})
}
