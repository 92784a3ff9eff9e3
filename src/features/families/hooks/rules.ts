/**
 * The form rules of a family's content, the same as the server's contract
 * (server/modules/families/contracts.ts): a name of 2–12 characters, a story of
 * at least 50 characters (counted as people count them: one per Chinese
 * character), at most 9 photos. The server checks again.
 */
import type { FamilyContent } from '../api/types'
import { serverErrors as sharedServerErrors } from '../../../lib/form'

export const NAME_MIN = 2
export const NAME_MAX = 12
export const STORY_MIN = 50
export const STORY_MAX = 1500
export const MAX_PHOTOS = 9

/** Characters as people count them (an emoji or a rare character is one, not two). */
export function storyLength(story: string): number {
  return Array.from(story.trim()).length
}

export function validateFamily(c: FamilyContent, child = false): Record<string, string> {
  const e: Record<string, string> = {}
  const name = c.displayName.trim()
  if (!name) e.displayName = child ? '给你的家起个名字吧' : '请填写家庭名称'
  else if (Array.from(name).length < NAME_MIN) e.displayName = `家庭名称至少${NAME_MIN}个字，例如：王家`
  else if (name.length > NAME_MAX) e.displayName = `家庭名称不能超过${NAME_MAX}个字`
  const n = storyLength(c.story)
  if (n < STORY_MIN) e.story = child ? `再多写一点吧，至少要写${STORY_MIN}个字，现在写了${n}个字` : `家庭故事至少写${STORY_MIN}个字，现在是${n}个字`
  else if (c.story.trim().length > STORY_MAX) e.story = `家庭故事不能超过${STORY_MAX}个字`
  if (c.photos.length > MAX_PHOTOS) e.photos = `最多${MAX_PHOTOS}张照片`
  return e
}

/** The server names photo errors photos.0 …: shown at the photos. */
export function fieldOf(key: string): string {
  return key.startsWith('photos') ? 'photos' : key
}

/** The server's field errors by this form's fields (see fieldOf). */
export const serverErrors = (fieldErrors: Record<string, string>) => sharedServerErrors(fieldErrors, fieldOf)
