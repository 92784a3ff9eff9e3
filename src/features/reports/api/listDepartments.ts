import { call } from '../../../lib/cloud'
import type { Department } from './types'

/** reports.departments — the departments a case may be assigned to. */
export function listDepartments(): Promise<Department[]> {
  return call<Department[]>('reports', 'departments', {})
}
