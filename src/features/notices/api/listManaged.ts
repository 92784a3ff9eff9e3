import { call } from '../../../lib/cloud'
import type { ManagedNotice } from './types'

/** notices.managed — the notices of the buildings I look after, newest first, with how many households read them. */
export function listManaged(): Promise<ManagedNotice[]> {
  return call<ManagedNotice[]>('notices', 'managed', {})
}
