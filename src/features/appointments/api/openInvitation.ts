import { call } from '../../../lib/cloud'
import type { OpenResult } from './types'

/** appointments.open — what an invitation offers, by its typed code or its link's token. */
export function openInvitation(by: { code: string } | { token: string }): Promise<OpenResult> {
  return call<OpenResult>('appointments', 'open', by)
}
