import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useDraft } from '../../../hooks/useDraft'
import { useRemote } from '../../../hooks/useRemote'
import { getMe } from '../../../lib/api/identity'
import type { Me } from '../../../lib/api-types'
import { toastOk } from '../../../lib/feedback'
import { ROUTES, go, withQuery } from '../../../lib/routes'
import { uuid } from '../../../lib/uuid'
import { raiseMatter } from '../api/raiseMatter'
import type { MatterKind } from '../api/types'
import { charCount, TEXT_MAX, TEXT_MIN } from './rules'
import { serverErrors } from '../../../lib/form'

/** What the resident has filled in, kept on the phone until the matter is in. */
export interface RaiseDraft {
  /** Made once per draft: a raise retried after a network failure is recognised as the same matter. */
  idempotencyKey: string
  kind: MatterKind | ''
  text: string
  /** refs that files.upload returned */
  photos: string[]
}

export const RAISE_DRAFT_KEY = 'matters.raise'

export function newRaiseDraft(): RaiseDraft {
  return { idempotencyKey: uuid(), kind: '', text: '', photos: [] }
}

/** Checked before sending; the server checks again with the same rules. */
export function validateRaise(d: RaiseDraft): Record<string, string> {
  const e: Record<string, string> = {}
  if (!d.kind) e.kind = '请选择是什么事'
  const n = charCount(d.text)
  if (n < TEXT_MIN) e.text = `请用至少 ${TEXT_MIN} 个字说说情况`
  else if (n > TEXT_MAX) e.text = `请不要超过 ${TEXT_MAX} 个字`
  return e
}

/** The server names photo errors photos.0, photos.1 …: the form shows them at the photos. */
/** `photos.1` is the photos field. */
const fieldOf = (path: string) => (path.startsWith('photos') ? 'photos' : path)

/**
 * 找楼长: the form and its draft. What was typed stays on the phone when the
 * network fails, the server refuses or the person leaves, and goes only when
 * the matter is in. Someone with no home bound is shown the way to bind
 * before they type anything.
 */
export function useRaiseForm() {
  const me = useRemote<Me>(getMe)
  const [initial] = useState(newRaiseDraft)
  const draft = useDraft<RaiseDraft>(RAISE_DRAFT_KEY, initial)
  const d = draft.value
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})
  const [uploading, setUploading] = useState(false)

  const setField = <K extends keyof RaiseDraft>(k: K, v: RaiseDraft[K]) => {
    draft.update(k, v)
    if (localErrors[k as string]) setLocalErrors(({ [k as string]: _gone, ...rest }) => rest)
  }

  const submit = useAction(async () => {
    const v = draft.value
    const errs = validateRaise(v)
    if (uploading) errs.photos = '照片还在上传，请稍等一下再提交'
    setLocalErrors(errs)
    if (Object.keys(errs).length) return undefined
    const res = await raiseMatter({ idempotencyKey: v.idempotencyKey || uuid(), kind: v.kind as MatterKind, text: v.text.trim(), photos: v.photos })
    // only now is the draft done with: a new one gets a new key
    draft.clear(newRaiseDraft())
    toastOk(res.alreadyRaised ? '已经发过了' : '已发给楼长')
    const url = withQuery(ROUTES.matterDetail, { id: res.matterId })
    await Taro.redirectTo({ url }).catch(() => go(url))
    return res
  })

  const errors = { ...serverErrors(submit.fieldErrors, fieldOf), ...localErrors }
  const notBound = me.data !== undefined && me.data.household === null
  return {
    me,
    /** "幸福里社区 1号楼 1单元 301" — where the matter is raised from */
    home: me.data?.household?.label ?? null,
    /** bound to no household: the server would refuse (FORBIDDEN); show the way to bind instead */
    notBound: notBound || (submit.error?.code === 'FORBIDDEN' && !!submit.error.details?.some((x) => x.field === 'household')),
    draft: d,
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
  }
}

export type RaiseForm = ReturnType<typeof useRaiseForm>
