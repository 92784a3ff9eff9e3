/**
 * The activities' rules as the server's contract has them
 * (server/modules/activities/contracts.ts and domain/windows.ts): checked on
 * the phone first so the person sees at once what is missing, and used to say
 * when check-in opens. The server checks everything again.
 */
import { beijing, type DateInput } from '../../../lib/time'
import type { ActivityCard, ActivityView, Audience, SignupState } from '../api/types'

export const TITLE_MIN = 4
export const TITLE_MAX = 40
export const DESCRIPTION_MIN = 10
export const DESCRIPTION_MAX = 2000
export const PLACE_MIN = 2
export const PLACE_MAX = 60
export const CAPACITY_MAX = 10_000
export const POINTS_MAX = 100
export const REASON_MAX = 200
export const MINUTES_MAX = 1440
/** Check in and out within this distance of the place, when the activity asks for it. */
export const NEARBY_M = 500
export const CODE_DIGITS = 6

const MINUTE = 60_000
/** Check-in opens half an hour before the start and closes at the end. */
export const CHECK_IN_EARLY_MS = 30 * MINUTE
/** Check-out stays open two hours after the end. */
export const CHECK_OUT_LATE_MS = 120 * MINUTE
export const MAX_DURATION_MS = 24 * 60 * MINUTE

export { charCount } from '../../../lib/form'

// ---------- words for codes ----------

export const AUDIENCE_TEXT: Record<Audience, string> = {
  members: '本队队员',
  volunteers: '注册志愿者',
  residents: '所有居民',
}

/** My sign-up as a tag: confirmed green, waitlisted grey. */
export const SIGNUP_TEXT: Record<SignupState, string> = {
  confirmed: '已报名',
  waitlisted: '候补中',
  cancelled: '已取消报名',
}

// ---------- time, in Beijing ----------

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** 今天 · 明天 · 后天 · 11月27日 周四 · 2027年1月3日 周日 */
export function dayText(d: DateInput, now: DateInput = Date.now()): string {
  const t = beijing(d)
  const today = beijing(now).startOf('day')
  const diff = t.startOf('day').diff(today, 'day')
  if (diff === 0) return '今天'
  if (diff === 1) return '明天'
  if (diff === 2) return '后天'
  if (diff === -1) return '昨天'
  const date = t.year() === today.year() ? `${t.month() + 1}月${t.date()}日` : `${t.year()}年${t.month() + 1}月${t.date()}日`
  return `${date} ${WEEKDAYS[t.day()]}`
}

/** 今天 14:30 */
export function whenText(d: DateInput, now: DateInput = Date.now()): string {
  return `${dayText(d, now)} ${beijing(d).format('HH:mm')}`
}

/** 明天 09:00–11:00, or 11月27日 周四 20:00 – 11月28日 周五 02:00 across midnight. */
export function timeRange(startsAt: DateInput, endsAt: DateInput, now: DateInput = Date.now()): string {
  const s = beijing(startsAt)
  const e = beijing(endsAt)
  if (s.format('YYYY-MM-DD') === e.format('YYYY-MM-DD')) return `${dayText(startsAt, now)} ${s.format('HH:mm')}–${e.format('HH:mm')}`
  return `${whenText(startsAt, now)} – ${whenText(endsAt, now)}`
}

/** 14:30 (a time of the day the activity is on) */
export function clockText(d: DateInput | null | undefined): string {
  return d ? beijing(d).format('HH:mm') : ''
}

/** 90 → 1小时30分钟 · 45 → 45分钟 · 120 → 2小时 */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return `${m}分钟`
  return m === 0 ? `${h}小时` : `${h}小时${m}分钟`
}

/** 90 → 1.5 (hours, one decimal, as the certificate counts them) */
export function hoursOf(minutes: number): string {
  return (Math.round((minutes / 60) * 10) / 10).toString()
}

// ---------- seats ----------

export function isFull(a: Pick<ActivityCard, 'confirmed' | 'capacity'>): boolean {
  return a.confirmed >= a.capacity
}

/** 已报 12/20 */
export function seatsText(a: Pick<ActivityCard, 'confirmed' | 'capacity'>): string {
  return `已报 ${a.confirmed}/${a.capacity}`
}

// ---------- where a participant stands ----------

export type CheckStage = 'before' | 'check_in' | 'check_out' | 'done' | 'missed'

/**
 * What the participant can do about checking in now: wait for check-in to open,
 * check in, check out, or nothing more (checked out, or the window closed).
 */
export function checkStage(a: Pick<ActivityView, 'startsAt' | 'endsAt' | 'me'>, now: number = Date.now()): CheckStage {
  const me = a.me
  const starts = new Date(a.startsAt).getTime()
  const ends = new Date(a.endsAt).getTime()
  if (me?.checkedOutAt) return 'done'
  if (me?.checkedInAt) return now > ends + CHECK_OUT_LATE_MS ? 'missed' : 'check_out'
  if (now < starts - CHECK_IN_EARLY_MS) return 'before'
  if (now > ends) return 'missed'
  return 'check_in'
}

/** When check-in opens: 明天 08:30 */
export function checkInOpensText(startsAt: DateInput, now: DateInput = Date.now()): string {
  return whenText(new Date(new Date(startsAt).getTime() - CHECK_IN_EARLY_MS), now)
}

/** What the typed code looks like while typing: digits only, at most six. */
export function normaliseDigits(typed: string): string {
  return typed.replace(/\D/g, '').slice(0, CODE_DIGITS)
}

/** 123456 → 123 456, easier to read aloud and to copy from across a table. */
export function spacedDigits(digits: string): string {
  return digits.length === CODE_DIGITS ? `${digits.slice(0, 3)} ${digits.slice(3)}` : digits
}
