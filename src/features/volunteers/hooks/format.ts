/** Hours, days and months as people say them, in Beijing time. Minutes are what the server counts. */
import { beijing } from '../../../lib/time'

/** 12.5 — hours with at most one decimal, for a big figure. */
export function hoursFigure(minutes: number): string {
  const h = Math.round((minutes / 60) * 10) / 10
  return Number.isInteger(h) ? String(h) : h.toFixed(1)
}

/** 2小时30分 · 3小时 · 45分钟 · 0小时 */
export function durationText(minutes: number): string {
  const m = Math.max(0, Math.round(minutes))
  const h = Math.floor(m / 60)
  const rest = m % 60
  if (m === 0) return '0小时'
  if (h === 0) return `${rest}分钟`
  return rest ? `${h}小时${rest}分` : `${h}小时`
}

/** '2026-03' → 3月 (this year) or 2025年3月. */
export function monthLabel(month: string, thisYear: number): string {
  const [y, m] = month.split('-').map(Number)
  if (!y || !m) return month
  return y === thisYear ? `${m}月` : `${y}年${m}月`
}

/** '2026-03-07' → 2026年3月7日, as a certificate prints it (a Beijing day already). */
export function dayText(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  if (!y || !m || !d) return day
  return `${y}年${m}月${d}日`
}

/** '2026-03-07' → 3月7日 */
export function shortDay(day: string): string {
  const [, m, d] = day.split('-').map(Number)
  if (!m || !d) return day
  return `${m}月${d}日`
}

/** The last `count` months up to and including `current` ('YYYY-MM'), oldest first. */
export function lastMonths(current: string, count: number): string[] {
  const [y, m] = current.split('-').map(Number)
  const out: string[] = []
  for (let i = count - 1; i >= 0; i--) {
    const idx = y * 12 + (m - 1) - i
    const yy = Math.floor(idx / 12)
    const mm = (idx % 12) + 1
    out.push(`${yy}-${String(mm).padStart(2, '0')}`)
  }
  return out
}

/** 138 0000 1111: a mobile number in groups, easier to read and to check before calling. */
export function spacedPhone(phone: string): string {
  const p = phone.replace(/\s/g, '')
  return /^1\d{10}$/.test(p) ? `${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}` : p
}

const WEEKDAYS = '日一二三四五六'

/** 3月8日 周六 09:00 — when an activity starts, in Beijing time. */
export function activityTime(iso: string): string {
  const t = beijing(iso)
  if (!t.isValid()) return ''
  return `${t.month() + 1}月${t.date()}日 周${WEEKDAYS.charAt(t.day())} ${t.format('HH:mm')}`
}

/** This Beijing month, as 'YYYY-MM'. */
export function currentMonth(now: number = Date.now()): string {
  return beijing(now).format('YYYY-MM')
}
