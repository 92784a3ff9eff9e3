/**
 * The registration's rules, as the server's contract has them
 * (server/modules/volunteers/contracts.ts and server/core/fields.ts): checked
 * on the phone first so the person sees at once what is missing; the server
 * checks again with the same rules.
 */
export const NAME_MIN = 2
export const NAME_MAX = 20
export const MAX_SKILLS = 10
export const SKILL_MAX = 12

/** Skills people often bring, offered as chips to tap; anything else can be typed. */
export const SUGGESTED_SKILLS = [
  '垃圾分类',
  '文明劝导',
  '交通疏导',
  '急救',
  '医疗护理',
  '法律咨询',
  '心理疏导',
  '课业辅导',
  '文艺表演',
  '书法绘画',
  '摄影',
  '手机电脑',
  '家电维修',
  '驾驶',
  '组织协调',
  '手语',
]

import { charCount } from '../../../lib/form'

export { charCount } from '../../../lib/form'

/** A mobile number, or a landline with its area code; spaces are ignored. */
export function phoneOk(typed: string): boolean {
  return /^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(typed.replace(/\s/g, ''))
}

export interface RegisterValues {
  realName: string
  phone: string
  skills: string[]
  communityId: string
}

/** Said at the tick box when a first registration is sent without it (the server's words too). */
export const IDENTITY_CONSENT_NEEDED = '请阅读并勾选同意提供真实姓名和手机号'

/** field → message; empty when everything is in order. */
export function validateRegistration(v: RegisterValues): Record<string, string> {
  const e: Record<string, string> = {}
  const name = charCount(v.realName)
  if (name === 0) e.realName = '请填写您的真实姓名'
  else if (name < NAME_MIN) e.realName = `姓名至少${NAME_MIN}个字`
  else if (name > NAME_MAX) e.realName = `姓名请不要超过${NAME_MAX}个字`
  if (!v.phone.trim()) e.phone = '请填写手机号，方便队长联系您'
  else if (!phoneOk(v.phone)) e.phone = '请填写11位手机号或带区号的座机号'
  if (v.skills.length > MAX_SKILLS) e.skills = `最多填${MAX_SKILLS}项特长`
  else if (v.skills.some((s) => charCount(s) > SKILL_MAX)) e.skills = `每项特长请不要超过${SKILL_MAX}个字`
  if (!v.communityId) e.communityId = '请选择您服务的社区或村'
  return e
}

/** Why a typed skill cannot be added, or undefined when it can. */
export function skillError(typed: string, skills: string[]): string | undefined {
  const s = typed.trim()
  if (!s) return '请先写上特长，再点“添加”'
  if (charCount(s) > SKILL_MAX) return `每项特长请不要超过${SKILL_MAX}个字`
  if (skills.includes(s)) return '这项特长已经加过了'
  if (skills.length >= MAX_SKILLS) return `最多填${MAX_SKILLS}项特长`
  return undefined
}

/**
 * The server names a field's errors by its path (skills.3 for the fourth
 * skill): the form shows each at its field, the first message only.
 */
export function serverFieldErrors(details: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(details)) {
    const field = k.split('.')[0]
    if (!out[field]) out[field] = v
  }
  return out
}

/** What a child reads instead of the registration form. */
export const VOLUNTEER_AGE = '志愿者要满18岁才能注册'
export const VOLUNTEER_AGE_WHY = '注册志愿者要填身份证上的名字和电话，等你长大就可以了。现在你可以和家长一起做这些事：'
