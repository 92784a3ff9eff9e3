import { boxOf, contains, readBoundary, ringFromTaps, type Boundary } from '../../../../server/modules/places/domain/geo';

const square = (lng: number, lat: number, size: number): [number, number][] => [
  [lng, lat],
  [lng + size, lat],
  [lng + size, lat + size],
  [lng, lat + size],
  [lng, lat],
];

describe('where a point is', () => {
  it('is inside a polygon, and not inside its hole', () => {
    const withHole: Boundary = { type: 'Polygon', coordinates: [square(106, 29, 1), square(106.4, 29.4, 0.2)] };
    expect(contains(withHole, 29.2, 106.2)).toBe(true);
    expect(contains(withHole, 29.5, 106.5)).toBe(false);
    expect(contains(withHole, 30.5, 106.2)).toBe(false);
  });

  it('is inside any part of a multipolygon (a village in two pieces)', () => {
    const twoPieces: Boundary = { type: 'MultiPolygon', coordinates: [[square(106, 29, 0.1)], [square(107, 29, 0.1)]] };
    expect(contains(twoPieces, 29.05, 107.05)).toBe(true);
    expect(contains(twoPieces, 29.05, 106.5)).toBe(false);
    expect(boxOf(twoPieces)).toEqual({ minLat: 29, maxLat: 29.1, minLng: 106, maxLng: 107.1 });
  });

  it('closes an outline tapped on the map into a polygon that holds its inside', () => {
    const taps = [
      { latitude: 29.56, longitude: 106.55 },
      { latitude: 29.56, longitude: 106.56 },
      { latitude: 29.57, longitude: 106.555 },
    ];
    const boundary = ringFromTaps(taps);
    expect((boundary.coordinates as [number, number][][])[0]).toHaveLength(4);
    expect(contains(boundary, 29.562, 106.555)).toBe(true);
  });

  it('refuses what is not a usable boundary, saying why', () => {
    expect(readBoundary({ type: 'Point', coordinates: [106, 29] }).problem).toBe('边界要是多边形（Polygon 或 MultiPolygon）');
    expect(readBoundary({ type: 'Polygon', coordinates: [[[106, 29], [107, 29], [106, 29]]] }).problem).toBe('边界至少要有3个点');
    expect(readBoundary({ type: 'Polygon', coordinates: [square(106, 29, 1).slice(0, 4).concat([[106.5, 29.5]])] }).problem).toBe('边界没有首尾相接');
    expect(readBoundary({ type: 'Polygon', coordinates: [[[106, 29], [107, 'x'], [106, 30], [106, 29]]] }).problem).toBe('边界里有不对的坐标');
    expect(readBoundary({ type: 'Polygon', coordinates: [[[206, 29], [107, 29], [106, 30], [206, 29]]] }).problem).toBe('边界里有不对的坐标');
    expect(readBoundary(null).problem).toBe('没有边界');
    expect(readBoundary({ type: 'Polygon', coordinates: [square(106, 29, 1)] }).boundary).toEqual({ type: 'Polygon', coordinates: [square(106, 29, 1)] });
  });
});
