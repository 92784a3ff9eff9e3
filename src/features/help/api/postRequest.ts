import { call } from '../../../lib/cloud'
import type { HelpRequestView, PostHelpInput } from './types'

/** help.post — the points offered go into safekeeping (escrow) at once. */
export function postRequest(input: PostHelpInput): Promise<HelpRequestView> {
  return call<HelpRequestView>('help', 'post', input)
}
