import { call } from '../../../lib/cloud'
import type { ManagedReward } from './types'

/** 入库 (delta > 0) or 调整 with a reason (delta may be negative). */
export function moveStock(rewardId: string, kind: 'in' | 'adjusted', delta: number, reason?: string): Promise<ManagedReward> {
  return call<ManagedReward>('mall', 'moveStock', reason ? { rewardId, kind, delta, reason } : { rewardId, kind, delta })
}
