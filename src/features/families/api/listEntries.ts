import { call } from '../../../lib/cloud'
import type { FamilyEntry, Id } from './types'

/** families.entries — the approved families by votes, with their rank; frozen once voting ended. */
export function listEntries(campaignId: Id): Promise<FamilyEntry[]> {
  return call<FamilyEntry[]>('families', 'entries', { campaignId })
}
