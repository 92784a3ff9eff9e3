import { call } from '../../../lib/cloud'
import type { FamilyContent, Id, NominationView } from './types'

/** families.revise — after staff asked for changes: back to review. */
export function reviseNomination(nominationId: Id, content: FamilyContent): Promise<NominationView> {
  return call<NominationView>('families', 'revise', { nominationId, ...content })
}
