import { useEffect, useRef, useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useDraft } from '../../../hooks/useDraft'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { listCategories } from '../api/listCategories'
import { uuid } from '../../../lib/uuid'
import { nominate } from '../api/nominate'
import type { Category, Id } from '../api/types'
import { NAME_MAX, NAME_MIN, charCount, phoneOk, storyError } from './rules'
import { serverErrors } from '../../../lib/form'

/** What came back from 推荐: the consent code is shown by the server this once. */
export interface NominateOutcome {
  goodPersonId: Id
  consentCode: string
  nomineeName: string
  /** 新时代好少年: the nominee is a child, and their parent answers */
  forChild?: boolean
}

/** What the person has filled in, kept on the phone until the nomination is in — and then its code, until they leave. */
export interface NominateDraft {
  /** Made with the draft: a submit retried after a network failure finds the first nomination. */
  idempotencyKey: string
  category: string
  nomineeName: string
  nomineeContact: string
  story: string
  /** refs that files.upload returned */
  photos: string[]
  result: NominateOutcome | null
}

/** 新时代好少年 is for children: a child keeps no phone number, and a parent decides whether the story is published. */
export function isChildCategory(category: string): boolean {
  return category === 'youth'
}

export const NOMINATE_DRAFT_KEY = 'goodPeople.nominate'

export function emptyNomination(): NominateDraft {
  return { idempotencyKey: uuid(), category: '', nomineeName: '', nomineeContact: '', story: '', photos: [], result: null }
}

/** Checked before sending; the server checks again with the same rules. */
export function validateNomination(d: NominateDraft): Record<string, string> {
  const e: Record<string, string> = {}
  if (!d.category) e.category = '请选择推荐类别'
  const name = charCount(d.nomineeName)
  if (name === 0) e.nomineeName = '请写上被推荐人的姓名'
  else if (name < NAME_MIN) e.nomineeName = `姓名至少${NAME_MIN}个字`
  else if (name > NAME_MAX) e.nomineeName = `姓名请不要超过${NAME_MAX}个字`
  if (!d.nomineeContact.trim()) e.nomineeContact = '请留一个能联系到被推荐人的电话'
  else if (!phoneOk(d.nomineeContact)) e.nomineeContact = '请填写11位手机号或带区号的座机号'
  const story = storyError(d.story)
  if (story) e.story = story
  return e
}

/** The server names photo errors photos.0, photos.1 …: the form shows them at the photos. */
/** `photos.1` is the photos field. */
const fieldOf = (path: string) => (path.startsWith('photos') ? 'photos' : path)

/**
 * 推荐好人: the form, its draft, and after sending the consent code. The code
 * is shown by the server only once, so it stays in the page and in the draft
 * (a reload, or the phone closing the app, still shows it) until the person
 * leaves the page or starts another nomination.
 */
export function useNominateForm() {
  const categories = useRemote<Category[]>(listCategories)
  const draft = useDraft<NominateDraft>(NOMINATE_DRAFT_KEY, emptyNomination())
  const d = draft.value
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})
  const [uploading, setUploading] = useState(false)

  // Leaving the page after the code was shown: the draft (and the code in it) goes.
  const resultRef = useRef(d.result)
  resultRef.current = d.result
  const clearRef = useRef(draft.clear)
  clearRef.current = draft.clear
  useEffect(
    () => () => {
      if (resultRef.current) clearRef.current()
    },
    [],
  )

  const setField = <K extends keyof NominateDraft>(k: K, v: NominateDraft[K]) => {
    draft.update(k, v)
    if (localErrors[k as string]) setLocalErrors(({ [k as string]: _gone, ...rest }) => rest)
  }

  const submit = useAction(async () => {
    const v = draft.value
    const errs = validateNomination(v)
    if (uploading) errs.photos = '照片还在上传，请稍等一下再提交'
    setLocalErrors(errs)
    if (Object.keys(errs).length) return undefined
    const nomineeName = v.nomineeName.trim()
    const res = await nominate({
      idempotencyKey: v.idempotencyKey || uuid(),
      category: v.category,
      nomineeName,
      nomineeContact: v.nomineeContact.replace(/\s/g, ''),
      story: v.story.trim(),
      photos: v.photos,
    })
    // what was typed is done with; the code stays until the person leaves
    draft.setValue({ ...emptyNomination(), result: { goodPersonId: res.goodPersonId, consentCode: res.consentCode, nomineeName, forChild: isChildCategory(v.category) } })
    toastOk('推荐已提交')
    return res
  })

  const errors = { ...serverErrors(submit.fieldErrors, fieldOf), ...localErrors }
  return {
    categories,
    draft: d,
    result: d.result,
    setField,
    addPhoto: (ref: string) => {
      draft.setValue((prev) => ({ ...prev, photos: prev.photos.includes(ref) ? prev.photos : [...prev.photos, ref] }))
      setLocalErrors(({ photos: _p, ...rest }) => rest)
    },
    removePhoto: (ref: string) => draft.setValue((prev) => ({ ...prev, photos: prev.photos.filter((p) => p !== ref) })),
    setUploading,
    errors,
    errorCount: Object.keys(errors).length,
    submitError: submit.error,
    submit: submit.run,
    submitting: submit.busy,
    /** 再推荐一位: forget the code and start an empty form */
    startOver: () => {
      submit.clearError()
      setLocalErrors({})
      draft.clear()
    },
  }
}

export type NominateForm = ReturnType<typeof useNominateForm>
