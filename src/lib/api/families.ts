import { call } from '../cloud'
import type { NominationView } from '../../../server/modules/families/contracts'
import type { TodoItem } from '../api-types'
import { ROUTES } from '../routes'

type ConsentRequest = Pick<NominationView, 'actions' | 'nominatedAs' | 'childName'>

/**
 * 首页's to-do for 文明家庭: nominations of the person's household waiting for
 * their consent — a child's (for the guardian) or a neighbour's (for any adult
 * of the household) — one item that opens 确认家庭推荐.
 */
export function familyConsentTodo(requests: ConsentRequest[]): TodoItem[] {
  const waiting = requests.filter((n) => n.actions.includes('consent'))
  if (!waiting.length) return []
  const [n] = waiting
  const title =
    waiting.length > 1
      ? `有 ${waiting.length} 个文明家庭推荐等您同意`
      : n.nominatedAs === '邻居推荐'
        ? '邻居推荐了您家参加文明家庭评选，等您同意'
        : `${n.childName ?? '孩子'}推荐了你们家参加文明家庭评选，等您同意`
  return [{ kind: 'family_consent', title, path: ROUTES.familyConsents }]
}

/** families.consentRequests, as 首页's to-do. */
export async function getFamilyConsentTodo(): Promise<TodoItem[]> {
  return familyConsentTodo(await call<NominationView[]>('families', 'consentRequests', {}))
}
