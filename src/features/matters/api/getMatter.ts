import { call } from '../../../lib/cloud'
import type { Id, MatterView } from './types'

/** matters.detail — one matter, with the steps the caller may take now. */
export function getMatter(matterId: Id): Promise<MatterView> {
  return call<MatterView>('matters', 'detail', { matterId })
}
