import { call } from '../../../lib/cloud'
import type { ConventionOption } from './types'

/** conventions.publishable — the server decides which texts this person may revise. */
export function listConventions(): Promise<ConventionOption[]> {
  return call<ConventionOption[]>('conventions', 'publishable', {})
}
