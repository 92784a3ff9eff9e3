import { call } from '../../../lib/cloud'
import type { MyData } from '../../../../server/modules/privacy/contracts'

export type { MyData }

/** privacy.myData — everything the county holds about me. */
export function getMyData(): Promise<MyData> {
  return call<MyData>('privacy', 'myData', {})
}

/** privacy.deleteAccount — 注销, confirmed by typing the word. */
export function deleteAccount(confirm: string): Promise<{ deleted: true }> {
  return call<{ deleted: true }>('privacy', 'deleteAccount', { confirm })
}
