import { call } from '../../../lib/cloud'
import type { BoundaryImportResult, CommunityLocation, CommunityMap, SheetRef } from './types'

export interface MapPoint {
  latitude: number
  longitude: number
}

/** places.locations — every community with its map point and whether it has a boundary. */
export function listLocations(): Promise<CommunityLocation[]> {
  return call<CommunityLocation[]>('places', 'locations', {})
}

/** places.community — one community's point and outlines. */
export function getCommunityMap(communityId: string): Promise<CommunityMap> {
  return call<CommunityMap>('places', 'community', { communityId })
}

export function setCommunityPoint(communityId: string, point: MapPoint): Promise<{ ok: true }> {
  return call('places', 'setCommunityPoint', { communityId, latitude: point.latitude, longitude: point.longitude })
}

/** The outline tapped on the map (closed by the server), or null to remove it. */
export function setCommunityBoundary(communityId: string, points: MapPoint[] | null): Promise<{ ok: true }> {
  return call('places', 'setCommunityBoundary', { communityId, points })
}

/** places.importBoundaries — a GeoJSON file, all its boundaries or none. */
export function importBoundaries(file: SheetRef): Promise<BoundaryImportResult> {
  return call<BoundaryImportResult>('places', 'importBoundaries', file)
}
