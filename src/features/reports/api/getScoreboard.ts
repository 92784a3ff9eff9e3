import { call } from '../../../lib/cloud'
import type { ScoreboardRow } from './types'

/** reports.scoreboard — each department's record. */
export function getScoreboard(): Promise<ScoreboardRow[]> {
  return call<ScoreboardRow[]>('reports', 'scoreboard', {})
}
