import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { When } from '../../../components/WhenPicker'
import { whenIso } from '../../../components/WhenPicker'
import { useAction } from '../../../hooks/useAction'
import { useDraft } from '../../../hooks/useDraft'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { ROUTES, go, withQuery } from '../../../lib/routes'
import { editNotice } from '../api/editNotice'
import { listBuildings } from '../api/listBuildings'
import { postNotice } from '../api/postNotice'
import type { BuildingOption, ManagedNotice, NoticeContent } from '../api/types'
import { emptyNotice, formErrors, validateNotice, whenOf, type NoticeDraft } from './rules'

export const POST_DRAFT_KEY = 'notices.post'
export const editDraftKey = (noticeId: string) => `notices.edit.${noticeId}`

/** The draft of an edit starts from the notice as it stands. */
export function draftOf(n: ManagedNotice): NoticeDraft {
  return { buildingId: n.buildingId, reach: 'all', unitIds: [], title: n.title, body: n.body, images: n.images, pinned: n.pinned, ends: whenOf(n.endsAt) }
}

function contentOf(d: NoticeDraft): NoticeContent {
  return { title: d.title.trim(), body: d.body.trim(), images: d.images, pinned: d.pinned, endsAt: whenIso(d.ends) }
}

function openReceipts(noticeId: string, replace: boolean) {
  const url = withQuery(ROUTES.noticeReceipts, { id: noticeId })
  if (replace) void Taro.redirectTo({ url }).catch(() => go(url))
  else go(url)
}

/**
 * 发通知 and 修改通知: one form. Posting chooses the building (the only one is
 * chosen for the captain) and the whole building or some units; editing shows
 * the audience the notice was posted to and changes only what it says. What
 * is typed stays on the phone until it is sent.
 */
export function useNoticeForm(editing?: ManagedNotice) {
  const buildings = useRemote<BuildingOption[]>(async () => (editing ? [] : listBuildings()), [editing?.id])
  const draft = useDraft<NoticeDraft>(editing ? editDraftKey(editing.id) : POST_DRAFT_KEY, editing ? draftOf(editing) : emptyNotice())
  const d = draft.value
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})
  const [uploading, setUploading] = useState(false)

  const forget = (...keys: string[]) =>
    setLocalErrors((prev) => {
      if (!keys.some((k) => prev[k])) return prev
      const next = { ...prev }
      keys.forEach((k) => delete next[k])
      return next
    })

  // The only building there is, chosen for the captain; a building no longer theirs, dropped.
  const list = buildings.data
  useEffect(() => {
    if (editing || !list) return
    const known = list.some((b) => b.id === d.buildingId)
    if (!known && list.length === 1) chooseBuilding(list[0].id)
    else if (!known && d.buildingId) chooseBuilding('')
  }, [list])

  const chooseBuilding = (buildingId: string) => {
    draft.setValue((prev) => (prev.buildingId === buildingId ? prev : { ...prev, buildingId, unitIds: [] }))
    forget('buildingId', 'unitIds')
  }

  const setField = <K extends keyof NoticeDraft>(k: K, v: NoticeDraft[K]) => {
    draft.update(k, v)
    forget(k === 'ends' ? 'endsAt' : (k as string))
  }

  const submit = useAction(async () => {
    const v = draft.value
    const errs = validateNotice(v, { editing: !!editing })
    if (uploading) errs.images = '图片还在上传，请稍等一下再发'
    setLocalErrors(errs)
    if (Object.keys(errs).length) return undefined
    if (editing) {
      const saved = await editNotice(editing.id, contentOf(v))
      draft.clear()
      toastOk('通知已修改')
      // back to its receipts (which reload on show); opened on its own, open them
      const pages = Taro.getCurrentPages?.() ?? []
      if (pages.length > 1) void Taro.navigateBack().catch(() => openReceipts(saved.id, true))
      else openReceipts(saved.id, true)
      return saved
    }
    // units kept from another building (an old draft) are not this building's
    const units = list?.find((b) => b.id === v.buildingId)?.units ?? []
    const unitIds = v.unitIds.filter((id) => units.some((u) => u.id === id))
    if (v.reach === 'units' && unitIds.length === 0) {
      setLocalErrors({ unitIds: '请至少选一个单元，或者改成“全楼”' })
      return undefined
    }
    const posted = await postNotice({
      idempotencyKey: v.key,
      buildingId: v.buildingId,
      unitIds: v.reach === 'units' ? unitIds : [],
      ...contentOf(v),
    })
    draft.clear(emptyNotice())
    toastOk('通知已发出')
    openReceipts(posted.id, true)
    return posted
  })

  const errors = { ...formErrors(submit.fieldErrors), ...localErrors }
  return {
    editing,
    buildings,
    building: list?.find((b) => b.id === d.buildingId),
    draft: d,
    setField,
    chooseBuilding,
    setReach: (reach: NoticeDraft['reach']) => {
      draft.setValue((prev) => ({ ...prev, reach }))
      forget('unitIds')
    },
    toggleUnit: (unitId: string) => {
      draft.setValue((prev) => ({
        ...prev,
        unitIds: prev.unitIds.includes(unitId) ? prev.unitIds.filter((u) => u !== unitId) : [...prev.unitIds, unitId],
      }))
      forget('unitIds')
    },
    setEnds: (ends: When) => setField('ends', ends),
    addImage: (ref: string) => {
      draft.setValue((prev) => ({ ...prev, images: prev.images.includes(ref) ? prev.images : [...prev.images, ref] }))
      forget('images')
    },
    removeImage: (ref: string) => draft.setValue((prev) => ({ ...prev, images: prev.images.filter((r) => r !== ref) })),
    setUploading,
    errors,
    errorCount: Object.keys(errors).length,
    submitError: submit.error,
    submit: submit.run,
    submitting: submit.busy,
  }
}

export type NoticeForm = ReturnType<typeof useNoticeForm>
