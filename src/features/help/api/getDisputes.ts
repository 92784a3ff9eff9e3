import { call } from '../../../lib/cloud'
import type { HelpRequestView } from './types'

export function getDisputes(): Promise<HelpRequestView[]> {
  return call<HelpRequestView[]>('help', 'disputes', {})
}
