import { call } from '../../../lib/cloud'
import type { Id, NominateInput } from './types'

/** families.nominate — the caller's own family, or (householdId) a neighbour's, which waits for that household's consent; a child's waits for a guardian's. One live nomination per household (CONFLICT). */
export function nominateFamily(input: NominateInput): Promise<{ nominationId: Id; status: string }> {
  return call<{ nominationId: Id; status: string }>('families', 'nominate', input)
}
