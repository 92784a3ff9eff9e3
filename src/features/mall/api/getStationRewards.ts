import { call } from '../../../lib/cloud'
import type { RewardCard } from './types'

export function getStationRewards(stationId: string): Promise<RewardCard[]> {
  return call<RewardCard[]>('mall', 'stationRewards', { stationId })
}
