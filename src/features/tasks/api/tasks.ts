import { call } from '../../../lib/cloud'
import type { BoardEntry, LetterView, MyTask, PlanView, SignLetterResult, TaskDetail, TaskLevel, TaskOptions, WeeklyReport, WithdrawResult } from './types'

/** 任务与责任书: one call per action of the server's `tasks` module. */
export const getPlan = () => call<PlanView>('tasks', 'plan', {})
export const getTaskOptions = () => call<TaskOptions>('tasks', 'options', {})
export const createTask = (input: {
  parentId?: string
  title: string
  leadUnitId: string
  responsibleUnitIds: string[]
  cooperatingUnitIds: string[]
  areaId?: string
  dueOn: string
  weight: number
  assigneeId?: string
}) => call<{ id: string; level: TaskLevel }>('tasks', 'create', input)
export const editTask = (input: {
  taskId: string
  version: number
  title: string
  leadUnitId: string
  responsibleUnitIds: string[]
  cooperatingUnitIds: string[]
  areaId?: string
  dueOn: string
  weight: number
  assigneeId?: string
}) => call<{ version: number }>('tasks', 'edit', input)
export const moveTask = (input: { taskId: string; version: number; parentId: string }) => call<{ version: number }>('tasks', 'move', input)
export const withdrawTask = (input: { taskId: string; version: number; reason: string }) => call<WithdrawResult>('tasks', 'withdraw', input)
export const getMyTasks = () => call<MyTask[]>('tasks', 'mine', {})
export const getTask = (taskId: string) => call<TaskDetail>('tasks', 'task', { taskId })
export const reportProgress = (input: { taskId: string; percent: number; note?: string; photos: string[] }) => call<{ progress: number; done: boolean }>('tasks', 'report', input)
export const getBoard = () => call<BoardEntry[]>('tasks', 'board', {})
export const getWeekly = (day?: string) => call<WeeklyReport>('tasks', 'weekly', day ? { day } : {})
export const getWeeklyCsv = (day?: string) => call<{ filename: string; csv: string }>('tasks', 'weeklyCsv', day ? { day } : {})
export const getLetter = () => call<LetterView>('tasks', 'letter', {})
export const signLetter = (versionId: string, departmentId: string) => call<SignLetterResult>('tasks', 'signLetter', { versionId, departmentId })
