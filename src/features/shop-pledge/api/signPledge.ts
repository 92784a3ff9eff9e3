import { call } from '../../../lib/cloud'
import type { SignPledgeInput, SignPledgeResult } from './types'

/** shops.signPledge — signing twice returns the first pledge. */
export function signPledge(input: SignPledgeInput): Promise<SignPledgeResult> {
  return call<SignPledgeResult>('shops', 'signPledge', input)
}
