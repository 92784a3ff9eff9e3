import { call } from '../../../lib/cloud'
import type { Id, VoteResult } from './types'

/** families.vote — one vote; the server says why not (closed, own family, the day's limit …). */
export function castVote(nominationId: Id): Promise<VoteResult> {
  return call<VoteResult>('families', 'vote', { nominationId })
}
