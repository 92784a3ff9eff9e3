import { call } from '../../../lib/cloud'
import type { Id, NominationView } from './types'

/** families.reviewQueue — staff's communities' consented nominations (the admin's: all). */
export function reviewQueue(campaignId: Id): Promise<NominationView[]> {
  return call<NominationView[]>('families', 'reviewQueue', { campaignId })
}
