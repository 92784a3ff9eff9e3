import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useDraft } from '../../../hooks/useDraft'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { ROUTES, go, withQuery } from '../../../lib/routes'
import { uuid } from '../../../lib/uuid'
import { listCategories } from '../api/listCategories'
import { listNearby } from '../api/listNearby'
import { meToo } from '../api/meToo'
import { submitReport } from '../api/submitReport'
import { askToSubscribe } from '../../../lib/subscribe'
import type { Id, NearbyReport, ReportCategory } from '../api/types'
import { usePlace, type Place, type PlaceSource } from '../../../hooks/usePlace'
import { serverErrors } from '../../../lib/form'

/** What the person has filled in, kept on the phone until the report is in. */
export interface ReportDraft {
  /** Made once per draft: a retried submit (after a network failure) is recognised as the same report. */
  idempotencyKey: string
  categoryId: Id | ''
  /** refs that files.upload returned */
  photos: string[]
  latitude: number | null
  longitude: number | null
  placeSource: PlaceSource
  address: string
  description: string
  anonymous: boolean
}

export const REPORT_DRAFT_KEY = 'reports.new'
export const MAX_PHOTOS = 9
export const DESCRIPTION_MIN = 5
export const DESCRIPTION_MAX = 500
export const ADDRESS_MAX = 120

export function newReportDraft(): ReportDraft {
  return {
    idempotencyKey: uuid(),
    categoryId: '',
    photos: [],
    latitude: null,
    longitude: null,
    placeSource: '',
    address: '',
    description: '',
    anonymous: false,
  }
}

/** Checked before sending; the server checks again with the same rules. */
export function validateReport(d: ReportDraft): Record<string, string> {
  const e: Record<string, string> = {}
  if (!d.categoryId) e.categoryId = '请选择问题类型'
  if (!d.photos.length) e.photos = '请至少拍一张照片'
  if (d.latitude === null || d.longitude === null) e.place = '请先确定问题的位置'
  const address = d.address.trim()
  if (!address) e.address = '请写上地址，方便工作人员找到'
  else if (address.length > ADDRESS_MAX) e.address = `地址请不要超过 ${ADDRESS_MAX} 个字`
  const text = d.description.trim()
  if (text.length < DESCRIPTION_MIN) e.description = `请用至少 ${DESCRIPTION_MIN} 个字说说是什么问题`
  else if (text.length > DESCRIPTION_MAX) e.description = `问题描述请不要超过 ${DESCRIPTION_MAX} 个字`
  return e
}

/** The server names fields as the contract does; the form shows latitude/longitude errors at the place. */
/** The point's halves are the place field; `photos.1` is the photos field. */
const fieldOf = (path: string) => (path === 'latitude' || path === 'longitude' || path === 'locationConsent' ? 'place' : path.startsWith('photos') ? 'photos' : path)

export function useReportForm() {
  const categories = useRemote<ReportCategory[]>(listCategories)
  const [initial] = useState(newReportDraft)
  const draft = useDraft<ReportDraft>(REPORT_DRAFT_KEY, initial)
  const d = draft.value
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})
  const [uploading, setUploading] = useState(false)

  const setField = <K extends keyof ReportDraft>(k: K, v: ReportDraft[K]) => {
    draft.update(k, v)
    const field = k === 'latitude' || k === 'longitude' || k === 'placeSource' ? 'place' : (k as string)
    if (localErrors[field]) setLocalErrors(({ [field]: _gone, ...rest }) => rest)
  }

  const place = usePlace((p: Place) => {
    draft.setValue((prev) => ({
      ...prev,
      latitude: p.latitude,
      longitude: p.longitude,
      placeSource: p.source,
      address: prev.address.trim() ? prev.address : (p.address ?? prev.address).slice(0, ADDRESS_MAX),
    }))
    setLocalErrors(({ place: _p, ...rest }) => rest)
  })

  // Same kind of problem already reported within 50 m: say so before a second report is filed.
  const canLookNearby = !!d.categoryId && d.latitude !== null && d.longitude !== null && d.placeSource !== 'fallback'
  const nearby = useRemote<NearbyReport[]>(
    () => (canLookNearby ? listNearby(d.categoryId as Id, d.latitude as number, d.longitude as number) : Promise.resolve([])),
    [canLookNearby, d.categoryId, d.latitude, d.longitude],
  )

  const follow = useAction(async (reportId: Id) => {
    const res = await meToo(reportId)
    toastOk('已记下')
    go(withQuery(ROUTES.reportDetail, { id: reportId }))
    return res
  })

  const submit = useAction(async () => {
    const v = draft.value
    const errs = validateReport(v)
    if (uploading) errs.photos = '照片还在上传，请稍等一下再提交'
    setLocalErrors(errs)
    if (Object.keys(errs).length) return undefined
    askToSubscribe(['progress'])
    const res = await submitReport({
      idempotencyKey: v.idempotencyKey,
      categoryId: v.categoryId as Id,
      description: v.description.trim(),
      latitude: v.latitude as number,
      longitude: v.longitude as number,
      address: v.address.trim(),
      anonymous: v.anonymous,
      photos: v.photos,
    })
    // only now is the draft done with: a new one gets a new key
    draft.clear(newReportDraft())
    toastOk(res.alreadySubmitted ? '已经提交过了' : '提交成功')
    const url = withQuery(ROUTES.reportDetail, { id: res.reportId })
    await Taro.redirectTo({ url }).catch(() => go(url))
    return res
  })

  const errors = { ...serverErrors(submit.fieldErrors, fieldOf), ...localErrors }
  return {
    categories,
    draft: d,
    setField,
    addPhoto: (ref: string) => {
      draft.setValue((prev) => ({ ...prev, photos: prev.photos.includes(ref) ? prev.photos : [...prev.photos, ref] }))
      setLocalErrors(({ photos: _p, ...rest }) => rest)
    },
    removePhoto: (ref: string) => draft.setValue((prev) => ({ ...prev, photos: prev.photos.filter((p) => p !== ref) })),
    setUploading,
    place,
    locate: () => place.locate(d.latitude !== null && d.longitude !== null ? { latitude: d.latitude, longitude: d.longitude } : undefined),
    nearby: canLookNearby ? (nearby.data ?? []) : [],
    follow: follow.run,
    following: follow.busy,
    errors,
    errorCount: Object.keys(errors).length,
    submitError: submit.error,
    submit: submit.run,
    submitting: submit.busy,
  }
}
