import { call } from '../../../lib/cloud'
import type { Id, StepResult } from './types'

export interface AssignInput {
  reportId: Id
  /** Left out: the routing rule's department. */
  departmentId?: Id
  /** ISO time; left out: the routing rule's deadline. */
  deadline?: string
  /** Needed when the department or deadline differs from the rule's. */
  reason?: string
}

/** reports.assign — accepts (if still new) and assigns to a department with a deadline. */
export function assignReport(input: AssignInput): Promise<StepResult> {
  return call<StepResult>('reports', 'assign', input)
}
