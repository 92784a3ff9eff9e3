import { call } from '../../../lib/cloud'
import type { RewardView } from './types'

export function getReward(rewardId: string): Promise<RewardView> {
  return call<RewardView>('mall', 'reward', { rewardId })
}
