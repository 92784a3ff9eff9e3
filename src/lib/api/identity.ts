import { call } from '../cloud'
import type { Me } from '../api-types'
import { rememberHomeCounty } from '../share'
import type { CountyChoice } from '../../../server/modules/identity/contracts'

/** identity.me — who is calling, their county, roles and household. Shared by the tab pages. */
export async function getMe(): Promise<Me> {
  const me = await call<Me>('identity', 'me', {})
  // What this person shares names their county (lib/share).
  rememberHomeCounty(me.county?.id)
  return me
}

export type { CountyChoice }

/** identity.counties — the deployment's counties, for a newcomer to choose from. */
export function getCounties(): Promise<CountyChoice[]> {
  return call<CountyChoice[]>('identity', 'counties', {})
}

/** identity.join — a newcomer joins the county they chose. */
export function joinCounty(countyId: string): Promise<{ countyId: string; joined: boolean }> {
  return call('identity', 'join', { countyId })
}

/** identity.phoneFromWeChat — the number behind WeChat's phone-number button's one-time code. */
export function phoneFromWeChat(code: string): Promise<{ phone: string }> {
  return call<{ phone: string }>('identity', 'phoneFromWeChat', { code })
}
