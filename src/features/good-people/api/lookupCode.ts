import { call } from '../../../lib/cloud'
import type { CodeLookup } from './types'

/** goodPeople.lookupCode — whose nomination the code is, so the person knows what they answer. */
export function lookupCode(code: string): Promise<CodeLookup> {
  return call<CodeLookup>('goodPeople', 'lookupCode', { code })
}
