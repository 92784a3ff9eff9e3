import { call } from '../../../lib/cloud'
import type { StationOption } from './types'

export function getMyStations(): Promise<StationOption[]> {
  return call<StationOption[]>('mall', 'myStations', {})
}
