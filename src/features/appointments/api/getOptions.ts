import { call } from '../../../lib/cloud'
import type { AppointOptions } from './types'

/** appointments.options — the posts the caller may offer, and over which scopes. */
export function getOptions(): Promise<AppointOptions> {
  return call<AppointOptions>('appointments', 'options', {})
}
