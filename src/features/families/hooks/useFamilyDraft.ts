import { useState } from 'react'
import { useDraft } from '../../../hooks/useDraft'
import type { FamilyContent } from '../api/types'
import { validateFamily } from './rules'

/** A family's content as typed; the consent form adds whether the child's name is shown. */
export interface FamilyDraft extends FamilyContent {
  showChildName: boolean
}

export const UPLOADING = '照片还在上传，请稍等一下再提交'

/**
 * The family form's values, kept on the phone while the person types (a draft
 * per nomination, or per campaign for a new one), its own errors, and whether
 * photos are still uploading. Only what is checked is sent.
 */
export function useFamilyDraft(key: string, initial: FamilyDraft, child = false) {
  const draft = useDraft<FamilyDraft>(key, initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [uploading, setUploading] = useState(false)
  const v = draft.value

  const forget = (field: string) => {
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest)
  }

  return {
    value: v,
    errors,
    uploading,
    setUploading,
    setField: <K extends keyof FamilyDraft>(k: K, value: FamilyDraft[K]) => {
      draft.update(k, value)
      forget(k as string)
    },
    addPhoto: (ref: string) => {
      draft.setValue((prev) => ({ ...prev, photos: prev.photos.includes(ref) ? prev.photos : [...prev.photos, ref] }))
      forget('photos')
    },
    removePhoto: (ref: string) => draft.setValue((prev) => ({ ...prev, photos: prev.photos.filter((p) => p !== ref) })),
    /** Checks the form; the content to send, or undefined (the errors are then shown). */
    checked: (): FamilyContent | undefined => {
      const errs = validateFamily(v, child)
      if (uploading) errs.photos = UPLOADING
      setErrors(errs)
      if (Object.keys(errs).length) return undefined
      return { displayName: v.displayName.trim(), story: v.story.trim(), photos: v.photos }
    },
    clear: () => draft.clear(),
  }
}

export type FamilyDraftModel = ReturnType<typeof useFamilyDraft>
