import { call } from '../../../lib/cloud'
import type { Id } from './types'

/** goodPeople.award — the command centre names a good person, e.g. "2026年度青禾好人"; the same title in a year once. */
export function awardTitle(goodPersonId: Id, year: number, title: string): Promise<{ awarded: boolean }> {
  return call<{ awarded: boolean }>('goodPeople', 'award', { goodPersonId, year, title })
}
