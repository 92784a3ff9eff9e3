import { call } from '../../../lib/cloud'
import type { HoldersView } from './types'

/** appointments.holders — who holds which post in the caller's scope, and the invitations still open. */
export function getHolders(): Promise<HoldersView> {
  return call<HoldersView>('appointments', 'holders', {})
}
