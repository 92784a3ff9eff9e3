import { call } from '../../../lib/cloud'
import type { Id, NominationHistoryEntry } from './types'

/** families.history — the nomination's steps, oldest first; for the reviewers and the family's adults only (`seesHistory`). */
export function getHistory(nominationId: Id): Promise<NominationHistoryEntry[]> {
  return call<NominationHistoryEntry[]>('families', 'history', { nominationId })
}
