import { call } from '../../../lib/cloud'
import type { StationItem } from './types'

export interface NewStation {
  name: string
  kind: StationItem['kind']
  communityId?: string
  address?: string
  latitude: number
  longitude: number
}

/** places.stations — the county's 新时代文明实践 centre, institutes and stations. */
export function listStations(): Promise<StationItem[]> {
  return call<StationItem[]>('places', 'stations', {})
}

export function addStation(station: NewStation): Promise<StationItem> {
  return call<StationItem>('places', 'addStation', station)
}

export function removeStation(stationId: string): Promise<{ ok: true }> {
  return call('places', 'removeStation', { stationId })
}
