import { call } from '../../../lib/cloud'
import type { RegisterInput, VolunteerProfileView } from './types'

/** volunteers.register — registers once; calling again updates the profile. */
export function register(input: RegisterInput): Promise<VolunteerProfileView> {
  return call<VolunteerProfileView>('volunteers', 'register', input)
}
