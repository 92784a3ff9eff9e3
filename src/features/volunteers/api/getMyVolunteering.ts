import { call } from '../../../lib/cloud'
import type { MeView } from './types'

/** volunteers.me — registered or not; my teams (applied or joined), certified hours and points. */
export function getMyVolunteering(): Promise<MeView> {
  return call<MeView>('volunteers', 'me', {})
}
