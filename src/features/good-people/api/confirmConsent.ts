import { call } from '../../../lib/cloud'
import type { GoodPersonView, Id } from './types'

/** goodPeople.confirmConsent — staff record that the nominee agreed in person or by phone, and how. */
export function confirmConsent(goodPersonId: Id, note: string): Promise<GoodPersonView> {
  return call<GoodPersonView>('goodPeople', 'confirmConsent', { goodPersonId, note })
}
