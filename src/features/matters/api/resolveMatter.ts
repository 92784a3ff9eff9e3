import { call } from '../../../lib/cloud'
import type { Id, MatterView } from './types'

/** matters.resolve — settled inside the building; the resident is told. */
export function resolveMatter(matterId: Id, resolution: string): Promise<MatterView> {
  return call<MatterView>('matters', 'resolve', { matterId, resolution })
}
