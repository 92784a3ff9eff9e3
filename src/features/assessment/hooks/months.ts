/** Beijing months as the server counts them (server/modules/assessment/domain/scoring.ts monthOf): "YYYY-MM". */
const BEIJING_OFFSET_MS = 8 * 3_600_000

export function monthOf(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 7)
}

/** This month and the `count - 1` before it, newest first. */
export function recentMonths(now: Date, count: number): string[] {
  const [y, m] = monthOf(now).split('-').map(Number)
  return Array.from({ length: count }, (_, i) => {
    const total = y * 12 + (m - 1) - i
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
  })
}

/** "2026-11" → "2026年11月" */
export const monthText = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

/** A score 0–100 with one decimal, or 无数据. */
export const scoreText = (score: number | null) => (score === null ? '无数据' : `${Number.isInteger(score) ? score : score.toFixed(1)}分`)
