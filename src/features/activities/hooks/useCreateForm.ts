import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { When } from '../../../components/WhenPicker'
import { whenIso } from '../../../components/WhenPicker'
import { useAction } from '../../../hooks/useAction'
import { useDraft } from '../../../hooks/useDraft'
import { usePlace, type Place, type PlaceSource } from '../../../hooks/usePlace'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { ROUTES, go, withQuery } from '../../../lib/routes'
import { beijing } from '../../../lib/time'
import { createActivity } from '../api/createActivity'
import { listOrganisers } from '../api/listOrganisers'
import type { Audience, CreateActivityInput, OrganiserOption, OrganiserRef } from '../api/types'
import {
  CAPACITY_MAX,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  MAX_DURATION_MS,
  PLACE_MAX,
  PLACE_MIN,
  POINTS_MAX,
  TITLE_MAX,
  TITLE_MIN,
  charCount,
} from './rules'
import { serverErrors } from '../../../lib/form'

/** What the organiser has filled in, kept on the phone until the activity is published. */
export interface ActivityDraft {
  /** team:<id> or community:<id>; '' until chosen */
  organiser: string
  title: string
  description: string
  placeName: string
  lat: number | null
  lng: number | null
  placeSource: PlaceSource
  start: When
  end: When
  deadline: When
  /** the end and the deadline follow the start until the person sets them */
  endSet: boolean
  deadlineSet: boolean
  capacity: string
  audience: Audience | ''
  pointsPerHour: string
  requireNearby: boolean
}

export const CREATE_DRAFT_KEY = 'activities.create'
const DEFAULT_HOURS = 2

export function organiserKey(o: Pick<OrganiserOption, 'kind' | 'id'>): string {
  return `${o.kind}:${o.id}`
}

function organiserRef(key: string): OrganiserRef | undefined {
  const [kind, id] = key.split(':')
  if (!id) return undefined
  if (kind === 'team') return { kind: 'team', teamId: id }
  if (kind === 'community') return { kind: 'community', communityId: id }
  return undefined
}

function isTeam(key: string): boolean {
  return key.startsWith('team:')
}

/** The same wall-clock time, `ms` later, in Beijing. */
function later(w: When, ms: number): When {
  const t = beijing(new Date(whenIso(w)).getTime() + ms)
  return { date: t.format('YYYY-MM-DD'), time: t.format('HH:mm') }
}

/** Tomorrow 09:00–11:00, sign-up open until the start. */
export function emptyActivity(now: number = Date.now()): ActivityDraft {
  const start: When = { date: beijing(now).add(1, 'day').format('YYYY-MM-DD'), time: '09:00' }
  return {
    organiser: '',
    title: '',
    description: '',
    placeName: '',
    lat: null,
    lng: null,
    placeSource: '',
    start,
    end: later(start, DEFAULT_HOURS * 3_600_000),
    deadline: start,
    endSet: false,
    deadlineSet: false,
    capacity: '20',
    audience: '',
    pointsPerHour: '10',
    requireNearby: false,
  }
}

/** A whole number typed into a box, or NaN. */
function wholeNumber(typed: string): number {
  const t = typed.trim()
  return /^\d+$/.test(t) ? Number(t) : NaN
}

/** Checked before sending; the server checks again with the same rules (and the clock). */
export function validateActivity(d: ActivityDraft, now: number = Date.now()): Record<string, string> {
  const e: Record<string, string> = {}
  if (!organiserRef(d.organiser)) e.organiser = '请选择以哪个队伍或社区的名义发布'
  const title = charCount(d.title)
  if (title === 0) e.title = '请写上活动名称'
  else if (title < TITLE_MIN) e.title = `活动名称至少${TITLE_MIN}个字`
  else if (title > TITLE_MAX) e.title = `活动名称请不要超过${TITLE_MAX}个字`
  const desc = charCount(d.description)
  if (desc === 0) e.description = '请介绍一下活动：做什么、带什么、在哪儿集合'
  else if (desc < DESCRIPTION_MIN) e.description = `活动介绍至少${DESCRIPTION_MIN}个字，现在是${desc}个字`
  else if (desc > DESCRIPTION_MAX) e.description = `活动介绍请不要超过${DESCRIPTION_MAX}个字`
  const place = charCount(d.placeName)
  if (place === 0) e.placeName = '请写上活动地点，例如：和平社区文化广场'
  else if (place < PLACE_MIN) e.placeName = `地点至少${PLACE_MIN}个字`
  else if (place > PLACE_MAX) e.placeName = `地点请不要超过${PLACE_MAX}个字`
  if (d.lat === null || d.lng === null) e.place = '请确定活动地点的位置'
  else if (d.requireNearby && d.placeSource === 'fallback') {
    e.place = '要求在现场签到时，需要活动地点的准确位置：请到现场定位，或关掉“只能在现场签到”'
  }

  const starts = new Date(whenIso(d.start)).getTime()
  const ends = new Date(whenIso(d.end)).getTime()
  const deadline = new Date(whenIso(d.deadline)).getTime()
  if (Number.isNaN(starts)) e.startsAt = '请选择开始时间'
  else if (starts <= now) e.startsAt = '开始时间要晚于现在'
  if (Number.isNaN(ends)) e.endsAt = '请选择结束时间'
  else if (!Number.isNaN(starts) && ends <= starts) e.endsAt = '结束时间要晚于开始时间'
  else if (!Number.isNaN(starts) && ends - starts > MAX_DURATION_MS) e.endsAt = '一场活动最长24小时，多天的活动请分场发布'
  if (Number.isNaN(deadline)) e.signupDeadline = '请选择报名截止时间'
  else if (!Number.isNaN(starts) && deadline > starts) e.signupDeadline = '报名截止时间不能晚于开始时间'
  else if (deadline <= now) e.signupDeadline = '报名截止时间要晚于现在'

  const capacity = wholeNumber(d.capacity)
  if (d.capacity.trim() === '') e.capacity = '请填写招募人数'
  else if (Number.isNaN(capacity)) e.capacity = '人数请填整数，例如 20'
  else if (capacity < 1) e.capacity = '人数至少1人'
  else if (capacity > CAPACITY_MAX) e.capacity = `人数不能超过${CAPACITY_MAX}`

  if (!d.audience) e.audience = '请选择谁可以报名'
  else if (d.audience === 'members' && !isTeam(d.organiser)) e.audience = '社区活动不能只限队员报名'

  const points = d.pointsPerHour.trim() === '' ? 0 : wholeNumber(d.pointsPerHour)
  if (Number.isNaN(points)) e.pointsPerHour = '积分请填整数，不给积分填 0'
  else if (points > POINTS_MAX) e.pointsPerHour = `每小时积分不能超过${POINTS_MAX}`
  return e
}

/** The draft as activities.create takes it (call after validateActivity found nothing). */
export function toCreateInput(d: ActivityDraft): CreateActivityInput {
  return {
    organiser: organiserRef(d.organiser) as OrganiserRef,
    title: d.title.trim(),
    description: d.description.trim(),
    placeName: d.placeName.trim(),
    lat: d.lat as number,
    lng: d.lng as number,
    startsAt: whenIso(d.start),
    endsAt: whenIso(d.end),
    signupDeadline: whenIso(d.deadline),
    capacity: wholeNumber(d.capacity),
    audience: d.audience as Audience,
    pointsPerHour: d.pointsPerHour.trim() === '' ? 0 : wholeNumber(d.pointsPerHour),
    requireNearby: d.requireNearby,
  }
}

/** The server names fields organiser.teamId, lat, lng …: the form shows them where the person fills them in. */
/** The map point's halves are the place field; a list's items, the list. */
function fieldOf(path: string): string {
  const head = path.split('.')[0]
  return head === 'lat' || head === 'lng' ? 'place' : head
}

/**
 * 发布活动: the form, its draft, the organisers the person may publish for
 * (a team from ?teamId= is chosen for them), the place from the map or the
 * phone, and publishing, which opens the new activity's page.
 */
export function useCreateForm(teamId?: string) {
  const organisers = useRemote<OrganiserOption[]>(listOrganisers)
  const draft = useDraft<ActivityDraft>(CREATE_DRAFT_KEY, emptyActivity())
  const d = draft.value
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})

  const forget = (...keys: string[]) =>
    setLocalErrors((prev) => {
      if (!keys.some((k) => prev[k])) return prev
      const next = { ...prev }
      keys.forEach((k) => delete next[k])
      return next
    })

  const chooseOrganiser = (key: string) => {
    draft.setValue((prev) => {
      // a team's activity is for its members by default; a community's for every resident
      const audience: Audience | '' =
        prev.organiser && isTeam(prev.organiser) === isTeam(key) && prev.audience ? prev.audience : isTeam(key) ? 'members' : 'residents'
      return { ...prev, organiser: key, audience }
    })
    forget('organiser', 'audience')
  }

  // The organiser the page was opened for (?teamId=), or the only one there is.
  const list = organisers.data
  useEffect(() => {
    if (!list?.length) return
    const keys = list.map(organiserKey)
    const wanted = teamId ? organiserKey({ kind: 'team', id: teamId }) : ''
    if (wanted && keys.includes(wanted)) {
      if (d.organiser !== wanted) chooseOrganiser(wanted)
    } else if (!keys.includes(d.organiser) && keys.length === 1) chooseOrganiser(keys[0])
  }, [list, teamId])

  const setField = <K extends keyof ActivityDraft>(k: K, v: ActivityDraft[K]) => {
    draft.update(k, v)
    forget(k as string)
  }

  const setStart = (start: When) => {
    draft.setValue((prev) => {
      const shift = new Date(whenIso(start)).getTime() - new Date(whenIso(prev.start)).getTime()
      return {
        ...prev,
        start,
        // an end or deadline the person has not set moves with the start
        end: prev.endSet || Number.isNaN(shift) ? prev.end : later(prev.end, shift),
        deadline: prev.deadlineSet ? prev.deadline : start,
      }
    })
    forget('startsAt', 'endsAt', 'signupDeadline')
  }

  const place = usePlace((p: Place) => {
    draft.setValue((prev) => ({
      ...prev,
      lat: p.latitude,
      lng: p.longitude,
      placeSource: p.source,
      // the map's name for the spot starts the place field, if it is empty
      placeName: prev.placeName.trim() || !p.address ? prev.placeName : Array.from(p.address).slice(0, PLACE_MAX).join(''),
    }))
    forget('place', 'placeName')
  })

  const submit = useAction(async () => {
    const v = draft.value
    const errs = validateActivity(v)
    setLocalErrors(errs)
    if (Object.keys(errs).length) return undefined
    const created = await createActivity(toCreateInput(v))
    draft.clear(emptyActivity())
    toastOk('活动已发布')
    const url = withQuery(ROUTES.activityDetail, { id: created.id })
    void Taro.redirectTo({ url }).catch(() => go(url))
    return created
  })

  const errors = { ...serverErrors(submit.fieldErrors, fieldOf), ...localErrors }
  const chosen = list?.find((o) => organiserKey(o) === d.organiser)
  return {
    organisers,
    chosen,
    draft: d,
    setField,
    chooseOrganiser,
    setStart,
    setEnd: (end: When) => {
      draft.setValue((prev) => ({ ...prev, end, endSet: true }))
      forget('endsAt')
    },
    setDeadline: (deadline: When) => {
      draft.setValue((prev) => ({ ...prev, deadline, deadlineSet: true }))
      forget('signupDeadline')
    },
    place,
    locate: () => place.locate(d.lat !== null && d.lng !== null ? { latitude: d.lat, longitude: d.lng } : undefined),
    errors,
    errorCount: Object.keys(errors).length,
    submitError: submit.error,
    submit: submit.run,
    submitting: submit.busy,
  }
}

export type CreateForm = ReturnType<typeof useCreateForm>
