import { call } from '../../../lib/cloud'
import type { RewardDraft } from './createReward'
import type { ManagedReward } from './types'

export function updateReward(rewardId: string, draft: RewardDraft & { status: 'listed' | 'withdrawn' }): Promise<ManagedReward> {
  return call<ManagedReward>('mall', 'updateReward', { rewardId, ...draft })
}
