/**
 * The nomination's rules, as the server's contract has them (server/modules/goodPeople/contracts.ts):
 * checked on the phone first so the person sees at once what is missing; the server checks again.
 */
export const STORY_MIN = 50
export const STORY_MAX = 2000
export const NAME_MIN = 2
export const NAME_MAX = 20
export const MAX_PHOTOS = 9
export const CODE_LENGTH = 8
export const NOTE_MAX = 200
export const TITLE_MIN = 4
export const TITLE_MAX = 30

import { charCount } from '../../../lib/form'

export { charCount } from '../../../lib/form'

/** A mobile number, or a landline with its area code; spaces are ignored. */
export function phoneOk(typed: string): boolean {
  return /^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(typed.replace(/\s/g, ''))
}

/** "还差12个字" under the story until it is long enough, then "已写N个字". */
export function storyCounter(story: string): string {
  const n = charCount(story)
  return n < STORY_MIN ? `已写${n}个字，还差${STORY_MIN - n}个字` : `已写${n}个字`
}

export function storyError(story: string): string | undefined {
  const n = charCount(story)
  if (n === 0) return '请写一写他（她）的事迹'
  if (n < STORY_MIN) return `事迹至少写${STORY_MIN}个字，现在是${n}个字`
  if (n > STORY_MAX) return `事迹请不要超过${STORY_MAX}个字`
  return undefined
}

/**
 * A consent code as typed or pasted: upper case, letters and digits only, at most 8.
 * (The codes have no 0/O or 1/I/L, so nothing needs guessing.)
 */
export function normaliseCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, CODE_LENGTH)
}

/** The code in two groups of four, easier to read aloud over the phone: ABCD EFGH. */
export function spacedCode(code: string): string {
  return code.length > 4 ? `${code.slice(0, 4)} ${code.slice(4)}` : code
}

/** The title a good person is usually given: 2026年度青禾好人. */
export function defaultTitle(year: number): string {
  return `${year}年度青禾好人`
}
