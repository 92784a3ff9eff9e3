import { call } from '../../../lib/cloud'
import type { PledgeText } from './types'

/** shops.pledgeText — the six responsibilities in front of the door. */
export function getPledgeText(): Promise<PledgeText> {
  return call<PledgeText>('shops', 'pledgeText', {})
}
