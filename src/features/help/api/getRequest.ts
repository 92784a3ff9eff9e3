import { call } from '../../../lib/cloud'
import type { HelpRequestView } from './types'

export function getRequest(requestId: string): Promise<HelpRequestView> {
  return call<HelpRequestView>('help', 'request', { requestId })
}
