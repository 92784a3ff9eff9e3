/**
 * A shared page names its county (`c=<countyId>`), so that a newcomer who
 * opens it in WeChat joins the county the sharer lives in, not the
 * deployment's default (several counties can run on one deployment). The
 * sharer's own county is remembered when 我的/首页 learn it; before that, the
 * county they themselves arrived at is passed on.
 */
import Taro from '@tarojs/taro'
import { arrivalCounty } from './arrival'

export const HOME_COUNTY_KEY = 'ct.homeCounty'

export function rememberHomeCounty(countyId: string | undefined): void {
  if (!countyId) return
  try {
    Taro.setStorageSync(HOME_COUNTY_KEY, countyId)
  } catch {
    /* storage unavailable: the arrival county is passed on instead */
  }
}

function homeCounty(): string | undefined {
  try {
    const c = Taro.getStorageSync(HOME_COUNTY_KEY)
    return typeof c === 'string' && c ? c : undefined
  } catch {
    return undefined
  }
}

/** The path with the county added (a path that already names one keeps it). */
export function sharedPath(path: string): string {
  const county = homeCounty() ?? arrivalCounty()
  if (!county || /[?&]c=/.test(path)) return path
  return `${path}${path.includes('?') ? '&' : '?'}c=${encodeURIComponent(county)}`
}
