import { call } from '../../../lib/cloud'
import type { DepartmentItem } from './types'

/** places.departments — the county's responsible units. */
export function listDepartments(): Promise<DepartmentItem[]> {
  return call<DepartmentItem[]>('places', 'departments', {})
}

/** places.addDepartment — a new responsible unit. */
export function addDepartment(name: string): Promise<DepartmentItem> {
  return call<DepartmentItem>('places', 'addDepartment', { name })
}
