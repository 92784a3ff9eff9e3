import { call } from '../../../lib/cloud'
import type { ConsentResult } from './types'

/** goodPeople.consentByCode — the nominee (or a child's guardian) agrees to be shown, or declines. */
export function consentByCode(code: string, agree: boolean): Promise<ConsentResult> {
  return call<ConsentResult>('goodPeople', 'consentByCode', { code, agree })
}
