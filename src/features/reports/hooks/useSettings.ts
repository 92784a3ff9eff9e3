import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { confirmOnce, toastOk } from '../../../lib/feedback'
import { getSettings } from '../api/getSettings'
import { saveAreaRule, type SaveAreaRuleInput } from '../api/saveAreaRule'
import { saveCategory, type SaveCategoryInput } from '../api/saveCategory'
import type { CategorySetting, Id, ReportSettings } from '../api/types'

export const NAME_MIN = 2
export const NAME_MAX = 20
export const HOURS_MIN = 1
export const HOURS_MAX = 720
/** One tap for the usual deadlines: a day, two, three, a week. */
export const QUICK_HOURS = [24, 48, 72, 168]
export const DEFAULT_HOURS = 48

/** 24小时 · 48小时 · 7天 (whole weeks and longer read better in days). */
export function hoursText(h: number): string {
  return h >= 168 && h % 24 === 0 ? `${h / 24}天` : `${h}小时`
}

/** 县城市管理局 · 24小时 */
export function ruleText(r: { department: string; deadlineHours: number }): string {
  return `${r.department} · ${hoursText(r.deadlineHours)}`
}

/** A deadline as typed: a whole number of hours, 1 to 720 (30 days). Same rules as the server's. */
export function hoursError(typed: string): string | undefined {
  const t = typed.trim()
  if (!t) return '请填写办理时限'
  if (!/^\d+$/.test(t)) return '办理时限请填整数小时'
  const h = Number(t)
  if (h < HOURS_MIN) return '办理时限至少1小时'
  if (h > HOURS_MAX) return '办理时限不能超过30天（720小时）'
  return undefined
}

/** What the category sheet holds while the admin types. */
export interface CategoryForm {
  name: string
  active: boolean
  departmentId: Id | ''
  hours: string
}

export function categoryForm(c?: CategorySetting): CategoryForm {
  if (!c) return { name: '', active: true, departmentId: '', hours: String(DEFAULT_HOURS) }
  return { name: c.name, active: c.active, departmentId: c.rule?.departmentId ?? '', hours: String(c.rule?.deadlineHours ?? DEFAULT_HOURS) }
}

/** Checked before sending; the server checks again. `others` are the names already taken. */
export function validateCategory(f: CategoryForm, others: string[] = []): Record<string, string> {
  const e: Record<string, string> = {}
  const name = f.name.trim()
  if (!name) e.name = '请填写问题类型的名称'
  else if (name.length < NAME_MIN) e.name = `名称至少${NAME_MIN}个字`
  else if (name.length > NAME_MAX) e.name = `名称不能超过${NAME_MAX}个字`
  else if (others.includes(name)) e.name = '已经有同名的问题类型了'
  if (!f.departmentId) e.departmentId = '请选择默认的责任单位'
  const h = hoursError(f.hours)
  if (h) e.deadlineHours = h
  return e
}

/** What the area-rule form holds. */
export interface AreaRuleForm {
  areaId: Id | ''
  departmentId: Id | ''
  hours: string
}

export function validateAreaRule(f: AreaRuleForm): Record<string, string> {
  const e: Record<string, string> = {}
  if (!f.areaId) e.areaId = '请选择片区'
  if (!f.departmentId) e.departmentId = '请选择这个片区的责任单位'
  const h = hoursError(f.hours)
  if (h) e.deadlineHours = h
  return e
}

/**
 * 问题类型与分拨: the admin's list of categories with their routing, and the
 * sheet that adds or changes one. Saving reloads the list; area rules are saved
 * (or removed) one at a time while the sheet stays open.
 */
export function useSettings() {
  const settings = useRemote<ReportSettings>(getSettings)
  /** undefined: no sheet; null: a new category; an id: that category. */
  const [editing, setEditing] = useState<Id | null | undefined>(undefined)

  const save = useAction(async (input: SaveCategoryInput) => {
    const res = await saveCategory(input)
    setEditing(undefined)
    toastOk(input.categoryId ? '已保存' : '已新增')
    await settings.reload()
    return res
  })

  const rule = useAction(async (input: SaveAreaRuleInput) => {
    const res = await saveAreaRule(input)
    toastOk(input.departmentId ? '片区规则已保存' : '片区规则已删除')
    await settings.reload()
    return res
  })

  const category = editing ? settings.data?.categories.find((c) => c.id === editing) : undefined

  return {
    settings,
    /** the sheet is open (for a new category when `category` is undefined) */
    open: editing === null || category !== undefined,
    category,
    openNew: () => {
      save.clearError()
      rule.clearError()
      setEditing(null)
    },
    openCategory: (id: Id) => {
      save.clearError()
      rule.clearError()
      setEditing(id)
    },
    close: () => {
      save.clearError()
      rule.clearError()
      setEditing(undefined)
    },
    save: save.run,
    saving: save.busy,
    saveError: save.error,
    saveFieldErrors: save.fieldErrors,
    saveRule: rule.run,
    removeRule: async (categoryId: Id, areaId: Id, areaName: string, categoryName: string) => {
      const sure = await confirmOnce('删除片区规则', `删除后，${areaName}的“${categoryName}”按全县默认的单位和时限分拨。`, '删除')
      if (!sure) return undefined
      return rule.run({ categoryId, areaId, departmentId: null })
    },
    ruleBusy: rule.busy,
    ruleError: rule.error,
    ruleFieldErrors: rule.fieldErrors,
  }
}

export type SettingsModel = ReturnType<typeof useSettings>
