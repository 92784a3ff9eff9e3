import { call } from '../../../lib/cloud'
import type { ChildrenView } from '../../../../server/modules/households/contracts'

export type { ChildItem, ChildrenView } from '../../../../server/modules/households/contracts'

export interface NewChild {
  givenName: string
  birthMonth: string
  otherGuardianIds: string[]
  guardianConsent: true
}

/** households.children — my children, and the adults at home who could be their other guardian. */
export function listChildren(): Promise<ChildrenView> {
  return call<ChildrenView>('households', 'children', {})
}

/** households.addChild — a child joins my household, with my consent as guardian. */
export function addChild(child: NewChild): Promise<{ childId: string }> {
  return call<{ childId: string }>('households', 'addChild', child)
}
