import Taro from '@tarojs/taro'
import gcoord from 'gcoord'
import { toastError } from '../lib/feedback'
import { ensureConsent } from '../lib/sensitive-consent'
import { useRef, useState } from 'react'

/** The county seat's centre: where a place lands when the phone cannot tell its position. */
export const COUNTY_CENTRE = { latitude: 28.2282, longitude: 112.9388 }

export const FALLBACK_NOTE = '未能获取定位，已使用县城中心位置，请在地址里写清楚'

/** Said where a place is needed and the person did not agree to the app using their position. */
export const DECLINED_NOTE = '您没有同意使用位置，所以还没有定位。想好了可以再点一次，同意后再定位。'

/** How the position was found: picked on the map (weapp), the phone's position, or the fallback. */
export type PlaceSource = '' | 'picked' | 'gps' | 'fallback'

export interface Place {
  latitude: number
  longitude: number
  source: Exclude<PlaceSource, ''>
  /** a readable address from the map picker, to start the address field with */
  address?: string
}

const isH5 = process.env.TARO_ENV === 'h5'

/**
 * A browser reports WGS-84; WeChat's map, its picker and the boundaries drawn
 * on it use GCJ-02, hundreds of metres apart in China. H5 positions are
 * converted so a report lands in the same community either way.
 */
export function wgs84ToGcj02(p: { latitude: number; longitude: number }): { latitude: number; longitude: number } {
  const [longitude, latitude] = gcoord.transform([p.longitude, p.latitude], gcoord.WGS84, gcoord.GCJ02)
  return { latitude, longitude }
}

function browserPosition(): Promise<{ latitude: number; longitude: number }> {
  return new Promise((resolve, reject) => {
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined
    if (!geo) {
      reject(new Error('no geolocation'))
      return
    }
    geo.getCurrentPosition(
      (p) => resolve(wgs84ToGcj02({ latitude: p.coords.latitude, longitude: p.coords.longitude })),
      (e) => reject(e),
      { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 },
    )
  })
}

/** Where the phone is now, in GCJ-02: WeChat's getLocation, or the browser's position (converted) in H5. Rejects when refused or unavailable. */
export async function phonePosition(): Promise<{ latitude: number; longitude: number }> {
  if (isH5) return browserPosition()
  const r = await Taro.getLocation({ type: 'gcj02' })
  return { latitude: r.latitude, longitude: r.longitude }
}

/**
 * Finding a place (where a 随手拍 problem is, where an activity meets). In WeChat: the map's location picker (the
 * person sees and corrects the spot), the phone's position if they decline.
 * In H5: the browser's position. When neither works, the county centre, said
 * plainly (FALLBACK_NOTE) so the typed address carries the place; the person
 * can try again. First of all, the person's separate consent to the app using
 * their position (lib/sensitive-consent); without it nothing is located
 * (`declined`, DECLINED_NOTE).
 */
export function usePlace(onPlace: (p: Place) => void) {
  const [locating, setLocating] = useState(false)
  const [declined, setDeclined] = useState(false)
  const busy = useRef(false)

  const locate = async (near?: { latitude: number; longitude: number }) => {
    if (busy.current) return
    busy.current = true
    try {
      // The phone's precise position only after the person's separate consent to it (asked once).
      // While the consent sheet asks, the button does not yet say 正在定位: nothing is being located.
      let agreed: boolean
      try {
        agreed = await ensureConsent('precise_location')
      } catch (e) {
        toastError(e)
        return
      }
      setDeclined(!agreed)
      if (!agreed) return
      setLocating(true)
      if (!isH5) {
        try {
          const r = await Taro.chooseLocation(near ? { latitude: near.latitude, longitude: near.longitude } : {})
          if (r && typeof r.latitude === 'number') {
            const address = [r.address, r.name].filter(Boolean).join(' ')
            onPlace({ latitude: r.latitude, longitude: r.longitude, source: 'picked', address: address || undefined })
            return
          }
        } catch (e) {
          // closing the map is not a failure: keep what was there
          if (/cancel/i.test(String((e as { errMsg?: string })?.errMsg ?? ''))) return
        }
      }
      try {
        const p = await phonePosition()
        onPlace({ ...p, source: 'gps' })
      } catch {
        onPlace({ ...COUNTY_CENTRE, source: 'fallback' })
      }
    } finally {
      busy.current = false
      setLocating(false)
    }
  }

  return { locating, locate, isH5, declined }
}
