import { call } from '../../../lib/cloud'
import type { Id, VoteFlag } from './types'

/** families.flags — suspected brushing, each with its votes (admin). */
export function listFlags(campaignId: Id): Promise<VoteFlag[]> {
  return call<VoteFlag[]>('families', 'flags', { campaignId })
}
