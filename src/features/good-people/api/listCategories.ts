import { call } from '../../../lib/cloud'
import type { Category } from './types'

/** goodPeople.categories — 助人为乐, 见义勇为, … each with a hint of who belongs in it. */
export function listCategories(): Promise<Category[]> {
  return call<Category[]>('goodPeople', 'categories', {})
}
