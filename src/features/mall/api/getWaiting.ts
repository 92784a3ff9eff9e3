import { call } from '../../../lib/cloud'
import type { StationRedemption } from './types'

export function getWaiting(stationId: string): Promise<StationRedemption[]> {
  return call<StationRedemption[]>('mall', 'waiting', { stationId })
}
