import type { DashboardOverview } from '../api/types'

/**
 * What the dashboard draws: each line is one number per day, with the words
 * a person reads it by. Pure, so the page and its test share it.
 */
export interface Line {
  key: string
  /** The figure's name, e.g. 收到问题 */
  title: string
  unit: string
  /** One value per day (null: nothing to score that day), oldest first. */
  values: (number | null)[]
  /** The sum (or, for a rate, the rate over all the days shown). */
  total: number | null
  /** What it counts, in one plain sentence. */
  note: string
}

const rate = (score: number, max: number): number | null => (max > 0 ? Math.round((score / max) * 100) : null)
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10

type Metric = keyof DashboardOverview['series']

/** A line as defined: how its one number is made from the metrics of a day, a 片区 or the whole window. */
interface LineDef {
  key: string
  title: string
  unit: string
  note: string
  of: (m: (metric: Metric) => number) => number | null
}

const LINE_DEFS: LineDef[] = [
  { key: 'reports_in', title: '收到问题', unit: '件', of: (m) => m('reports_in'), note: '居民随手拍和督查发现的问题，按提交的日子算。' },
  { key: 'reports_fixed', title: '已整改', unit: '件', of: (m) => m('reports_fixed'), note: '责任单位整改完成的问题，按整改的日子算。' },
  { key: 'reports_overdue', title: '超期', unit: '件', of: (m) => m('reports_overdue'), note: '超过办理期限被督办的问题，按督办的日子算。' },
  { key: 'inspections', title: '督查点位', unit: '个', of: (m) => m('inspections'), note: '督查员暗访打分的点位。' },
  {
    key: 'inspection_rate',
    title: '督查得分率',
    unit: '%',
    of: (m) => rate(m('inspection_score'), m('inspection_max')),
    note: '所有督查点位的得分除以满分；没有督查的日子不算。',
  },
  { key: 'signers', title: '签署公约', unit: '人', of: (m) => m('signers'), note: '签署文明公约的人次，算在签署人绑定的住户所在的片区。' },
  { key: 'votes', title: '家庭投票', unit: '票', of: (m) => m('votes'), note: '文明家庭评选收到的票数，算在投票人绑定的住户所在的片区。' },
  { key: 'volunteer_hours', title: '志愿服务', unit: '小时', of: (m) => hours(m('volunteer_minutes')), note: '组织者确认的志愿服务时长，按服务的日子算。' },
]

export function linesOf(view: DashboardOverview): Line[] {
  const s = view.series
  const t = view.totals
  return LINE_DEFS.map(({ key, title, unit, note, of }) => ({
    key,
    title,
    unit,
    note,
    values: view.days.map((_, i) => of((metric) => s[metric][i])),
    total: of((metric) => t[metric]),
  }))
}

/** What counts under 未划片区. */
export const UNPLACED = '未划片区'

/** One line's figure 片区 by 片区 over the days shown (the county view), 未划片区 last when it has anything. */
export function areaFiguresOf(view: DashboardOverview, lineKey: string): { key: string; label: string; value: number | null }[] {
  const def = LINE_DEFS.find((d) => d.key === lineKey) ?? LINE_DEFS[0]
  const names = new Map(view.areas.map((a) => [a.id, a.name]))
  return view.byArea.map((a) => ({
    key: a.areaId ?? 'unplaced',
    label: a.areaId === null ? UNPLACED : (names.get(a.areaId) ?? UNPLACED),
    value: def.of((metric) => a.totals[metric]),
  }))
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** 12月5日, from a Beijing day (YYYY-MM-DD). */
export function monthDay(day: string): string {
  const [, m, d] = day.split('-').map(Number)
  return `${m}月${d}日`
}

/** 12月5日 周六, from a Beijing day (YYYY-MM-DD). */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return `${monthDay(day)} 周${WEEKDAYS[weekday]}`
}

/** A figure as written: "—" when there is nothing to show. */
export function shown(value: number | null, unit: string): string {
  return value === null ? '—' : `${value}${unit === '%' ? '%' : ''}`
}

/** What a trend of one line says in words, and each day's column as a share of the busiest day. */
export interface Trend {
  /** Each day's column height, 0–100 (0 where nothing happened), oldest first. */
  heights: number[]
  /** The busiest day and its number (the first such day), or null when every day was 0. */
  peak: { day: string; value: number } | null
  /** The last day's (today's) number. */
  last: number
  /** The whole sentence a screen reader says for the chart, and a person reads under it. */
  said: string
}

/** A count line's trend over the days shown (for 收到问题 / 已整改 / 超期: counts, never null). */
export function trendOf(line: Line, days: readonly string[]): Trend {
  const values = line.values.map((v) => v ?? 0)
  const max = Math.max(0, ...values)
  const peakAt = max > 0 ? values.indexOf(max) : -1
  const last = values[values.length - 1] ?? 0
  const peak = peakAt >= 0 ? { day: days[peakAt], value: max } : null
  const total = `${days.length}天共${line.total ?? 0}${line.unit}`
  const said = peak ? `${total}，最多的一天是${monthDay(peak.day)}，${peak.value}${line.unit}；今天${last}${line.unit}` : `${total}`
  return { heights: values.map((v) => (max > 0 && v > 0 ? Math.max(6, Math.round((v / max) * 100)) : 0)), peak, last, said }
}
