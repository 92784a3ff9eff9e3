import { call } from '../../../lib/cloud'
import type { HouseholdStars, Id } from './types'

/** families.householdStars — a household's 十星级文明户 rating: its stars, the criteria met, when (stars 0, ratedAt null: not rated). */
export function getHouseholdStars(householdId: Id): Promise<HouseholdStars> {
  return call<HouseholdStars>('families', 'householdStars', { householdId })
}
