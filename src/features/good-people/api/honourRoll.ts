import { call } from '../../../lib/cloud'
import type { HonourYear } from './types'

/** goodPeople.honourRoll — 好人榜: the titles awarded, by year, newest first. */
export function honourRoll(): Promise<HonourYear[]> {
  return call<HonourYear[]>('goodPeople', 'honourRoll', {})
}
