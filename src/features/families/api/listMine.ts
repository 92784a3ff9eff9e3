import { call } from '../../../lib/cloud'
import type { NominationView } from './types'

/** families.mine — the nominations the caller made. */
export function listMine(): Promise<NominationView[]> {
  return call<NominationView[]>('families', 'mine', {})
}
