import { call } from '../../../lib/cloud'
import type { ManagedReward } from './types'

export function getManagedReward(rewardId: string): Promise<ManagedReward> {
  return call<ManagedReward>('mall', 'manageReward', { rewardId })
}
