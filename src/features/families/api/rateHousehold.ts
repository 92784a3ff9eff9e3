import { call } from '../../../lib/cloud'
import type { HouseholdStars, Id } from './types'

/** families.rateHousehold — staff of the household's community (or the admin) rate it against the ten criteria, in order; a new rating replaces the old. */
export function rateHousehold(householdId: Id, criteria: boolean[]): Promise<HouseholdStars> {
  return call<HouseholdStars>('families', 'rateHousehold', { householdId, criteria })
}
