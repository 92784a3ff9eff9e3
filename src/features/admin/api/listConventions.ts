import { call } from '../../../lib/cloud'
import type { ConventionOption } from './types'

/** conventions.list */
export function listConventions(): Promise<ConventionOption[]> {
  return call<ConventionOption[]>('conventions', 'list', {})
}
