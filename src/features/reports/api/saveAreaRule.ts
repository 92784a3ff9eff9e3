import { call } from '../../../lib/cloud'
import type { Id } from './types'

export interface SaveAreaRuleInput {
  categoryId: Id
  areaId: Id
  /** null removes the area's rule: the county-wide one applies again. */
  departmentId: Id | null
  /** 1–720; needed unless the rule is removed. */
  deadlineHours?: number
}

/** reports.saveAreaRule — an area's own department and deadline for a category, or its removal. */
export function saveAreaRule(input: SaveAreaRuleInput): Promise<{ ok: true }> {
  return call<{ ok: true }>('reports', 'saveAreaRule', input)
}
