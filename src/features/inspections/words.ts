/** The words of the 督查暗访 pages, in one place (pure: the tests read them too). */
import { beijing } from '../../lib/time'

/** 11月27日, in Beijing time. */
export function dayText(isoText: string | null): string {
  if (!isoText) return ''
  const t = beijing(isoText)
  return t.isValid() ? `${t.month() + 1}月${t.date()}日` : ''
}

/** 86.7分 (得分率). */
export const rateText = (rate: number) => `${rate % 1 === 0 ? rate.toFixed(0) : rate.toFixed(1)}%`

/** Teams from the inspectors chosen, in the order chosen: two to a team, the last one alone if the count is odd. */
export function pairUp(ids: readonly string[]): string[][] {
  const teams: string[][] = []
  for (let i = 0; i < ids.length; i += 2) teams.push(ids.slice(i, i + 2))
  return teams
}

/** The status colour of a score rate (StatusTag's statuses): 90 and above green, below 80 red, blue between. */
export function rateTone(rate: number): 'closed' | 'assigned' | 'disputed' {
  return rate >= 90 ? 'closed' : rate >= 80 ? 'assigned' : 'disputed'
}
