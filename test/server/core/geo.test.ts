import {
  boundingBox,
  distanceMetres,
  inBox,
  LatLng,
  NEARBY_RADIUS_M,
  withinRadius,
} from '../../../server/core/geo';

/**
 * A street corner in a Chinese county seat (兰考县城, Henan, ~34.82°N). The
 * reference distances are GeographicLib's WGS-84 geodesics (Karney's
 * algorithm, geographiclib-geodesic 2.2.0), computed once outside the tests.
 */
const corner: LatLng = { lat: 34.8223, lng: 114.8218 };
const east30: LatLng = { lat: 34.8223, lng: 114.82213 }; // 30.190 m
const north33: LatLng = { lat: 34.8226, lng: 114.8218 }; // 33.281 m
const northEast68: LatLng = { lat: 34.82275, lng: 114.8223 }; // 67.709 m

const within = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(expected * relative);

describe('distance between two points', () => {
  it('matches the geodesic distance of two points ~30 m and ~70 m apart in a county town (within 0.5 %)', () => {
    within(distanceMetres(corner, east30), 30.19, 0.005);
    within(distanceMetres(corner, north33), 33.281, 0.005);
    within(distanceMetres(corner, northEast68), 67.709, 0.005);
  });

  it('matches a long known distance: Tiananmen to People\'s Square, Shanghai, 1,066.7 km (within 0.5 %)', () => {
    within(distanceMetres({ lat: 39.90872, lng: 116.3975 }, { lat: 31.230416, lng: 121.473701 }), 1_066_676.8, 0.005);
  });

  it('is zero for the same point and symmetric', () => {
    expect(distanceMetres(corner, corner)).toBe(0);
    expect(distanceMetres(corner, northEast68)).toBeCloseTo(distanceMetres(northEast68, corner), 9);
  });
});

describe('"within 50 m": a bounding box for the index, then the exact distance', () => {
  const box = boundingBox(corner, NEARBY_RADIUS_M);

  it('the box is about ±50 m in both directions', () => {
    within(distanceMetres(corner, { lat: box.maxLat, lng: corner.lng }), 50, 0.001);
    const eastEdge = distanceMetres(corner, { lat: corner.lat, lng: box.maxLng });
    expect(eastEdge).toBeGreaterThanOrEqual(50);
    expect(eastEdge).toBeLessThan(50.1);
  });

  it('a report 30 m away is in the box and within 50 m; one 68 m away is neither', () => {
    expect(inBox(east30, box)).toBe(true);
    expect(inBox(northEast68, box)).toBe(false);
    expect(withinRadius(corner, 50, [northEast68, east30])).toEqual([expect.objectContaining(east30)]);
  });

  it('a point in the corner of the box but ~62 m away is dropped by the refine step', () => {
    const diagonal = { lat: 34.8227, lng: 114.82228 };
    expect(inBox(diagonal, box)).toBe(true);
    expect(distanceMetres(corner, diagonal)).toBeGreaterThan(55);
    expect(withinRadius(corner, 50, [diagonal])).toEqual([]);
  });

  it('nearby reports come nearest first with their distance', () => {
    const found = withinRadius(corner, 50, [north33, east30]);
    expect(found.map((p) => Math.round(p.distanceM))).toEqual([30, 33]);
  });

  it('never misses a point on the circle, whatever the bearing (also far north, in Heilongjiang)', () => {
    for (const center of [corner, { lat: 53.0, lng: 122.5 }]) {
      const b = boundingBox(center, 50);
      for (let bearing = 0; bearing < 360; bearing += 5) {
        const t = (bearing * Math.PI) / 180;
        // A point ~49.9 m away along the bearing (small-distance approximation).
        const dLat = ((49.9 * Math.cos(t)) / 6_371_008.8) * (180 / Math.PI);
        const dLng = ((49.9 * Math.sin(t)) / (6_371_008.8 * Math.cos((center.lat * Math.PI) / 180))) * (180 / Math.PI);
        const p = { lat: center.lat + dLat, lng: center.lng + dLng };
        expect(distanceMetres(center, p)).toBeLessThanOrEqual(50);
        expect(inBox(p, b)).toBe(true);
      }
    }
  });

  it('refuses coordinates that are not on Earth', () => {
    expect(() => boundingBox({ lat: 91, lng: 0 }, 50)).toThrow(RangeError);
    expect(() => boundingBox({ lat: Number.NaN, lng: 0 }, 50)).toThrow(RangeError);
  });
});
