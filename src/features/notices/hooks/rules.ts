import { uuid } from '../../../lib/uuid'
/**
 * A notice's rules, as the server's contract has them (server/modules/notices/contracts.ts):
 * checked on the phone first so the captain sees at once what is missing; the server checks again.
 */
import { whenIso, type When } from '../../../components/WhenPicker'
import { beijing, formatWhen } from '../../../lib/time'

export const TITLE_MIN = 2
export const TITLE_MAX = 40
export const BODY_MAX = 2000
export const MAX_IMAGES = 9
/** A notice stays current this long unless the captain says otherwise. */
export const DEFAULT_DAYS = 7

import { charCount } from '../../../lib/form'

export { charCount } from '../../../lib/form'

/** What the captain fills in. In edit mode the building and units are shown, not changed. */
export interface NoticeDraft {
  buildingId: string
  /** 'all': the whole building; 'units': only the chosen ones */
  reach: 'all' | 'units'
  unitIds: string[]
  title: string
  body: string
  images: string[]
  pinned: boolean
  /** Beijing date and time after which it moves to 已归档 */
  ends: When
  /** Made with the draft: a retry after a lost answer posts nothing twice. */
  key?: string
}

/** Seven days from today, to the end of that day (Beijing). */
export function defaultEnds(now: number = Date.now()): When {
  return { date: beijing(now).add(DEFAULT_DAYS, 'day').format('YYYY-MM-DD'), time: '23:59' }
}

export function emptyNotice(now: number = Date.now()): NoticeDraft {
  return { buildingId: '', reach: 'all', unitIds: [], title: '', body: '', images: [], pinned: false, ends: defaultEnds(now), key: uuid() }
}

/** An instant as the pickers show it, in Beijing. */
export function whenOf(iso: string): When {
  const t = beijing(iso)
  return { date: t.format('YYYY-MM-DD'), time: t.format('HH:mm') }
}

/**
 * Checked before sending. `editing`: the audience was fixed when it was posted.
 * Field names are the server's (title, body, images, endsAt, buildingId, unitIds).
 */
export function validateNotice(d: NoticeDraft, opts: { editing?: boolean; now?: number } = {}): Record<string, string> {
  const now = opts.now ?? Date.now()
  const e: Record<string, string> = {}
  if (!opts.editing) {
    if (!d.buildingId) e.buildingId = '请选择发给哪栋楼'
    else if (d.reach === 'units' && d.unitIds.length === 0) e.unitIds = '请至少选一个单元，或者改成“全楼”'
  }
  const title = charCount(d.title)
  if (title === 0) e.title = '请写上通知标题'
  else if (title < TITLE_MIN) e.title = `标题至少${TITLE_MIN}个字`
  else if (title > TITLE_MAX) e.title = `标题请不要超过${TITLE_MAX}个字，现在是${title}个字`
  const body = charCount(d.body)
  if (body === 0) e.body = '请写上通知内容'
  else if (body > BODY_MAX) e.body = `内容请不要超过${BODY_MAX}个字，现在是${body}个字`
  if (d.images.length > MAX_IMAGES) e.images = `最多${MAX_IMAGES}张图片`
  const ends = new Date(whenIso(d.ends)).getTime()
  if (Number.isNaN(ends)) e.endsAt = '请选择通知的截止日期'
  else if (ends <= now) e.endsAt = '截止时间要晚于现在'
  return e
}

/** The server names fields images.0, unitIds.1 …: the form shows them where the person fills them in. */
export function formErrors(fieldErrors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(fieldErrors)) {
    const field = k.split('.')[0]
    if (!out[field]) out[field] = v
  }
  return out
}

/** 已读 12/24 户 · 收到 5 */
export function receiptLine(n: { readHouseholds: number; audienceHouseholds: number; acknowledgedHouseholds: number }): string {
  return `已读 ${n.readHouseholds}/${n.audienceHouseholds} 户 · 收到 ${n.acknowledgedHouseholds}`
}

/** A whole percentage for the progress bar, 0 when nobody is in the audience. */
export function percent(part: number, whole: number): number {
  if (whole <= 0) return 0
  return Math.max(0, Math.min(100, Math.round((part / whole) * 100)))
}

/** Past its end date: archived for residents, no more reminders. */
export function isOver(n: { endsAt: string }, now: number = Date.now()): boolean {
  return new Date(n.endsAt).getTime() <= now
}

/** 发布于 今天 14:30 (· 已编辑) */
export function postedLine(n: { createdAt: string; edited: boolean }, now: number = Date.now()): string {
  return `发布于 ${formatWhen(n.createdAt, now)}${n.edited ? ' · 已编辑' : ''}`
}

/** 有效期至 11月27日 / 已于 11月27日 到期 */
export function endsLine(n: { endsAt: string }, now: number = Date.now()): string {
  const day = formatWhen(n.endsAt, now)
  return isOver(n, now) ? `已于${day}到期` : `有效期至${day}`
}

/** The Beijing day (YYYY-MM-DD): reminders are once a day. */
export function beijingDay(now: number = Date.now()): string {
  return beijing(now).format('YYYY-MM-DD')
}
