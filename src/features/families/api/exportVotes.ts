import { call } from '../../../lib/cloud'
import type { Id } from './types'

/** families.exportVotes — valid and voided votes per family per Beijing day, as a CSV (UTF-8 with BOM). */
export function exportVotes(campaignId: Id): Promise<{ filename: string; csv: string }> {
  return call<{ filename: string; csv: string }>('families', 'exportVotes', { campaignId })
}
