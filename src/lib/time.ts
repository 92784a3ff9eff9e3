/**
 * Dates as people say them, in Beijing time (UTC+8, no daylight saving),
 * whatever the phone's zone: 今天 14:30 · 昨天 09:05 · 11月27日 · 2024年11月27日.
 * A fixed offset instead of the timezone plugin: it needs no Intl data,
 * which some mini-program engines lack.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

const BEIJING_OFFSET = 8 * 60

export type DateInput = string | number | Date

export function beijing(d: DateInput) {
  return dayjs(d).utcOffset(BEIJING_OFFSET)
}

/** 今天 14:30 / 昨天 14:30 / 11月27日 / 2024年11月27日 */
export function formatWhen(d: DateInput | null | undefined, now: DateInput = Date.now()): string {
  if (d === null || d === undefined || d === '') return ''
  const t = beijing(d)
  if (!t.isValid()) return ''
  const today = beijing(now).startOf('day')
  const day = t.startOf('day')
  const diff = today.diff(day, 'day')
  if (diff === 0) return `今天 ${t.format('HH:mm')}`
  if (diff === 1) return `昨天 ${t.format('HH:mm')}`
  if (t.year() === today.year()) return `${t.month() + 1}月${t.date()}日`
  return `${t.year()}年${t.month() + 1}月${t.date()}日`
}

/** 2025年11月27日 — for certificates and version history. */
export function formatDate(d: DateInput | null | undefined): string {
  if (d === null || d === undefined || d === '') return ''
  const t = beijing(d)
  if (!t.isValid()) return ''
  return `${t.year()}年${t.month() + 1}月${t.date()}日`
}
