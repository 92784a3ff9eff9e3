import { call } from '../../../lib/cloud'
import type { OrganiserOption } from './types'

/** activities.organisers — the teams the caller leads and the communities they staff: whom they may publish for. */
export function listOrganisers(): Promise<OrganiserOption[]> {
  return call<OrganiserOption[]>('activities', 'organisers', {})
}
