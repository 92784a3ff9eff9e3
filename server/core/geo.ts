/**
 * Distances for "open reports within 50 m". SQL narrows by a bounding box on
 * indexed latitude/longitude columns, then `distanceMetres` refines.
 *
 * Coordinates must all be in ONE datum. WeChat's location picker returns
 * GCJ-02 (火星坐标); a browser's navigator.geolocation returns WGS-84. In China
 * the two differ by a few hundred metres, so store one (GCJ-02, what the
 * mini-program and Tencent maps use) and convert H5 positions before comparing.
 */

/** Mean Earth radius (IUGG), metres. */
export const EARTH_RADIUS_M = 6_371_008.8;

export interface LatLng {
  lat: number;
  lng: number;
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (radians: number) => (radians * 180) / Math.PI;

export function isValidLatLng(p: LatLng): boolean {
  return Number.isFinite(p.lat) && Number.isFinite(p.lng) && Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180;
}

/** Great-circle distance in metres (haversine on a sphere; error < 0.5 % — plenty for 50 m). */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A box that contains every point within `radiusM` of `center`: latitude
 * ± r/R, longitude ± r/(R·cos φ) with φ the box edge farthest from the equator
 * (so the box never cuts the circle). Not meant for the poles or across the
 * 180° meridian (no Chinese county is near either).
 */
export function boundingBox(center: LatLng, radiusM: number): BoundingBox {
  if (!isValidLatLng(center)) throw new RangeError('boundingBox: invalid coordinates');
  if (!(radiusM >= 0)) throw new RangeError('boundingBox: radius must be non-negative');
  const dLat = deg(radiusM / EARTH_RADIUS_M);
  const farLat = Math.min(89.9, Math.abs(center.lat) + dLat);
  const dLng = deg(radiusM / (EARTH_RADIUS_M * Math.cos(rad(farLat))));
  return {
    minLat: center.lat - dLat,
    maxLat: center.lat + dLat,
    minLng: center.lng - dLng,
    maxLng: center.lng + dLng,
  };
}

export function inBox(p: LatLng, box: BoundingBox): boolean {
  return p.lat >= box.minLat && p.lat <= box.maxLat && p.lng >= box.minLng && p.lng <= box.maxLng;
}

/** The refine step after the box query: points within `radiusM`, nearest first. */
export function withinRadius<T extends LatLng>(center: LatLng, radiusM: number, points: readonly T[]): Array<T & { distanceM: number }> {
  return points
    .map((p) => ({ ...p, distanceM: distanceMetres(center, p) }))
    .filter((p) => p.distanceM <= radiusM)
    .sort((x, y) => x.distanceM - y.distanceM);
}

/** "Open reports nearby" radius from the issue. */
export const NEARBY_RADIUS_M = 50;
