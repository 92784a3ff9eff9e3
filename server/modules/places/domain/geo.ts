/**
 * Where a point is, without a GIS server: a county has at most a few hundred
 * communities, so their boundaries (GeoJSON Polygon or MultiPolygon, [lng, lat]
 * positions in the map's GCJ-02 as WeChat gives them) are tested here in plain
 * arithmetic, after the database has kept only those whose box holds the point.
 */
import type { BoundingBox } from '../../../core/geo';

export type Position = [number, number];
/** A polygon: its outer ring, then its holes; each ring closed (first = last). */
export type PolygonRings = Position[][];

export interface Boundary {
  type: 'Polygon' | 'MultiPolygon';
  /** Polygon: PolygonRings; MultiPolygon: PolygonRings[] */
  coordinates: PolygonRings | PolygonRings[];
}

/** At most this many positions in one boundary: a community's outline, not a survey. */
export const MAX_BOUNDARY_POINTS = 5000;

export function polygonsOf(boundary: Boundary): PolygonRings[] {
  return boundary.type === 'Polygon' ? [boundary.coordinates as PolygonRings] : (boundary.coordinates as PolygonRings[]);
}

/** Ray casting: is (lng, lat) inside the ring? Points on an edge may fall either way; a community's edge is a street, not a wall. */
function inRing(ring: Position[], lng: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function contains(boundary: Boundary, lat: number, lng: number): boolean {
  return polygonsOf(boundary).some(([outer, ...holes]) => inRing(outer, lng, lat) && !holes.some((hole) => inRing(hole, lng, lat)));
}

export function boxOf(boundary: Boundary): BoundingBox {
  const box: BoundingBox = { minLat: Infinity, maxLat: -Infinity, minLng: Infinity, maxLng: -Infinity };
  for (const polygon of polygonsOf(boundary)) {
    for (const [lng, lat] of polygon[0]) {
      box.minLat = Math.min(box.minLat, lat);
      box.maxLat = Math.max(box.maxLat, lat);
      box.minLng = Math.min(box.minLng, lng);
      box.maxLng = Math.max(box.maxLng, lng);
    }
  }
  return box;
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

/** Why these rings are not a polygon, or '' when they are. */
function polygonProblem(rings: unknown): string {
  if (!Array.isArray(rings) || rings.length === 0) return '边界不是多边形';
  for (const ring of rings) {
    if (!Array.isArray(ring) || ring.length < 4) return '边界至少要有3个点';
    if (!ring.every(isPosition)) return '边界里有不对的坐标';
    const first = ring[0] as Position;
    const last = ring[ring.length - 1] as Position;
    if (first[0] !== last[0] || first[1] !== last[1]) return '边界没有首尾相接';
  }
  return '';
}

/** A boundary as GeoJSON gives it (a geometry, or a Feature's), checked; the positions kept to [lng, lat]. */
export function readBoundary(geometry: unknown): { boundary?: Boundary; problem?: string } {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object') return { problem: '没有边界' };
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return { problem: '边界要是多边形（Polygon 或 MultiPolygon）' };
  const polygons = g.type === 'Polygon' ? [g.coordinates] : Array.isArray(g.coordinates) ? g.coordinates : [undefined];
  if (polygons.length === 0) return { problem: '边界不是多边形' };
  let points = 0;
  for (const rings of polygons) {
    const problem = polygonProblem(rings);
    if (problem) return { problem };
    points += (rings as Position[][]).reduce((n, r) => n + r.length, 0);
  }
  if (points > MAX_BOUNDARY_POINTS) return { problem: `边界的点太多了（最多${MAX_BOUNDARY_POINTS}个）` };
  const trim = (rings: Position[][]): PolygonRings => rings.map((ring) => ring.map(([lng, lat]) => [lng, lat] as Position));
  const boundary: Boundary =
    g.type === 'Polygon' ? { type: 'Polygon', coordinates: trim(g.coordinates as Position[][]) } : { type: 'MultiPolygon', coordinates: (polygons as Position[][][]).map(trim) };
  return { boundary };
}

/** The outline tapped on the map, point by point: closed into a polygon. */
export function ringFromTaps(points: { latitude: number; longitude: number }[]): Boundary {
  const ring: Position[] = points.map((p) => [p.longitude, p.latitude]);
  ring.push([...ring[0]] as Position);
  return { type: 'Polygon', coordinates: [ring] };
}

/** A point's centre of gravity stand-in: the middle of the boundary's box (a community with a boundary but no map point still has a centre). */
export function middleOf(boundary: Boundary): { latitude: number; longitude: number } {
  const box = boxOf(boundary);
  return { latitude: (box.minLat + box.maxLat) / 2, longitude: (box.minLng + box.maxLng) / 2 };
}
