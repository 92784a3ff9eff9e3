/** The words of the 任务与责任书 pages, in one place (pure: the tests read them too). */
import type { TaskLevel } from './api/types'

/** What a node's children are called (the server's CHILD_LEVEL; test/ui/tasks.test.tsx keeps the two equal). */
export const CHILD_LEVEL: Record<TaskLevel, TaskLevel | null> = { plan: 'year', year: 'month', month: 'person', person: null }
export const LEVEL_LABELS: Record<TaskLevel, string> = { plan: '总体方案', year: '年度目标', month: '月度任务', person: '个人任务' }
/** Photos a progress report may carry (the server's MAX_PHOTOS). */
export const MAX_PHOTOS = 6
/** The percentages offered, in big buttons. */
export const PERCENTS = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]

/** 2026-12-05 → 12月5日 (the year when it is not this one). */
export function dueText(day: string, today?: string): string {
  const [y, m, d] = day.split('-').map(Number)
  if (!y || !m || !d) return ''
  return today && today.slice(0, 4) === day.slice(0, 4) ? `${m}月${d}日` : `${y}年${m}月${d}日`
}

/** The week's span as people say it: 12月1日—12月7日. */
export function weekText(start: string, end: string): string {
  return `${dueText(start, start)}—${dueText(end, start)}`
}

/** A day `days` after a Beijing day (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** Where a task stands, in one word and the shared status colours. */
export function taskState(t: { done: boolean; overdue: boolean; escalated?: boolean; progress: number }): { status: string; label: string } {
  if (t.done) return { status: 'closed', label: '已完成' }
  if (t.escalated) return { status: 'disputed', label: '已督办' }
  if (t.overdue) return { status: 'disputed', label: '已逾期' }
  return t.progress > 0 ? { status: 'assigned', label: '进行中' } : { status: 'submitted', label: '未开始' }
}

/** What 撤销 does, said before it is done: nothing vanishes; reported progress stays, counted nowhere. */
export function withdrawHint(node: { level: TaskLevel; progress: number; children: unknown[] }): string {
  const below = node.children.length ? '它下面的各级任务也会一起撤销。' : ''
  const reported = node.progress > 0 ? `它已经汇报过进度（${node.progress}%），撤销后这些进度不再计入上一级，但汇报记录都会保留。` : '撤销后它不再计入上一级的进度。'
  const person = node.level === 'person' ? '负责人会收到消息。' : ''
  return `${reported}${below}${person}撤销后不能恢复。`
}
