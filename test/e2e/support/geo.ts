import gcoord from 'gcoord';

/**
 * What Chromium must report (WGS-84, as a phone's browser does) for the H5 app,
 * which converts to WeChat's GCJ-02, to land on `gcj02`: the point the test
 * means on the county's map.
 */
export function browserPositionFor(gcj02: { latitude: number; longitude: number }): { latitude: number; longitude: number } {
  const [longitude, latitude] = gcoord.transform([gcj02.longitude, gcj02.latitude], gcoord.GCJ02, gcoord.WGS84);
  return { latitude, longitude };
}
