import { call } from '../../../lib/cloud'
import type { Id } from './types'

/** families.voidVotes — the admin voids votes with a reason; the tallies follow. */
export function voidVotes(voteIds: Id[], reason: string): Promise<{ voided: number }> {
  return call<{ voided: number }>('families', 'voidVotes', { voteIds, reason })
}
