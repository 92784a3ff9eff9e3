import { call } from '../../../lib/cloud'
import type { NominateInput, NominateResult } from './types'

/** goodPeople.nominate — the consent code in the answer is shown this once (only its hash is kept). */
export function nominate(input: NominateInput): Promise<NominateResult> {
  return call<NominateResult>('goodPeople', 'nominate', input)
}
