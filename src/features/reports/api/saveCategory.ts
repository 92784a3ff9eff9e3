import { call } from '../../../lib/cloud'
import type { Id } from './types'

export interface SaveCategoryInput {
  /** Left out: a new category. */
  categoryId?: Id
  /** 2–20 characters */
  name: string
  /** Switched off: residents no longer see it; reports already filed keep it. */
  active: boolean
  /** Where its reports go by default, county-wide. */
  departmentId: Id
  /** 1–720 */
  deadlineHours: number
}

/** reports.saveCategory — creates (no categoryId) or changes a category and its county-wide rule. */
export function saveCategory(input: SaveCategoryInput): Promise<{ categoryId: Id }> {
  return call<{ categoryId: Id }>('reports', 'saveCategory', input)
}
