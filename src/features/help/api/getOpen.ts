import { call } from '../../../lib/cloud'
import type { HelpRequestView } from './types'

/** help.open — requests waiting for a helper; nearest first when `near` is given. */
export function getOpen(near?: { latitude: number; longitude: number }): Promise<HelpRequestView[]> {
  return call<HelpRequestView[]>('help', 'open', near ? { near } : {})
}
