import { distanceMetres } from '../../server/core/geo'
import { phonePosition, wgs84ToGcj02 } from '../../src/hooks/usePlace'

// 县城 centre as a browser reports it (WGS-84), and London, where no conversion applies.
const COUNTY_WGS84 = { latitude: 28.2282, longitude: 112.9388 }
const LONDON = { latitude: 51.5007, longitude: -0.1246 }

const metres = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) =>
  distanceMetres({ lat: a.latitude, lng: a.longitude }, { lat: b.latitude, lng: b.longitude })

test("a browser's WGS-84 position in China moves onto WeChat's GCJ-02 map by a few hundred metres; outside China it stays", () => {
  const moved = wgs84ToGcj02(COUNTY_WGS84)
  expect(metres(COUNTY_WGS84, moved)).toBeGreaterThan(200)
  expect(metres(COUNTY_WGS84, moved)).toBeLessThan(800)
  expect(wgs84ToGcj02(LONDON)).toEqual(LONDON)
})

test('in H5 the phone position is the browser position converted to GCJ-02, the datum the boundaries are drawn in', async () => {
  const geolocation = {
    getCurrentPosition: (ok: (p: { coords: { latitude: number; longitude: number } }) => void) => ok({ coords: COUNTY_WGS84 }),
  }
  Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true })
  await expect(phonePosition()).resolves.toEqual(wgs84ToGcj02(COUNTY_WGS84))
})
