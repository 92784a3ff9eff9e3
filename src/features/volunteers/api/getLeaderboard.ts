import { call } from '../../../lib/cloud'
import type { LeaderboardPeriod, LeaderboardView } from './types'

/** volunteers.leaderboard — certified hours by team and by community this week or month (no person appears). */
export function getLeaderboard(period: LeaderboardPeriod): Promise<LeaderboardView> {
  return call<LeaderboardView>('volunteers', 'leaderboard', { period })
}
