import { call } from '../../../lib/cloud'
import type { StationRedemption } from './types'

/** 核销 — the six digits typed, or the QR text scanned. */
export function handOver(stationId: string, code: string): Promise<StationRedemption> {
  return call<StationRedemption>('mall', 'handOver', { stationId, code })
}
