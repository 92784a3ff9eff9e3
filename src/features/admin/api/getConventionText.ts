import { call } from '../../../lib/cloud'
import type { ConventionText, Id } from './types'

/** conventions.get — the current text, to start the new version from. */
export function getConventionText(conventionId: Id): Promise<ConventionText> {
  return call<ConventionText>('conventions', 'get', { conventionId })
}
