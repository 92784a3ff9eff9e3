/** 新时代文明实践中心、所、站: the list, adding one with its place on the map, removing one. */
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { usePlace, type Place } from '../../../hooks/usePlace'
import { useRemote } from '../../../hooks/useRemote'
import { listCommunities } from '../../../lib/api/places'
import { confirmOnce, toastOk } from '../../../lib/feedback'
import { addStation, listStations, removeStation } from '../api/stations'
import type { StationItem } from '../api/types'
import { NO_POSITION } from './useCommunityPlace'

export const KIND_LABELS: Record<StationItem['kind'], string> = { centre: '实践中心', institute: '实践所', station: '实践站' }

interface Draft {
  name: string
  kind: StationItem['kind'] | ''
  communityId: string
  address: string
  place: Place | null
}

const EMPTY: Draft = { name: '', kind: '', communityId: '', address: '', place: null }

export function useStations() {
  const list = useRemote(listStations)
  const communities = useRemote(listCommunities)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [tried, setTried] = useState(false)
  const [placeProblem, setPlaceProblem] = useState('')
  const add = useAction(addStation, { toastOnError: false })
  const remove = useAction(removeStation)

  const patch = (p: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...p }))
    add.clearError()
  }
  const place = usePlace((p) => {
    if (p.source === 'fallback') return setPlaceProblem(NO_POSITION)
    setPlaceProblem('')
    setDraft((d) => ({ ...d, place: p, address: d.address || p.address || '' }))
  })

  const missing: Record<string, string> = {}
  if (draft.name.trim().length < 2) missing.name = '请填写名称'
  if (!draft.kind) missing.kind = '请选择类型'
  if (!draft.place) missing.place = '请在地图上选位置'
  const errors: Record<string, string> = { ...(tried ? missing : {}), ...add.fieldErrors, ...(placeProblem ? { place: placeProblem } : {}) }

  const submit = async () => {
    setTried(true)
    if (Object.keys(missing).length || !draft.kind || !draft.place) return
    const r = await add.run({
      name: draft.name.trim(),
      kind: draft.kind,
      communityId: draft.communityId || undefined,
      address: draft.address.trim() || undefined,
      latitude: draft.place.latitude,
      longitude: draft.place.longitude,
    })
    if (!r) return
    setDraft(EMPTY)
    setTried(false)
    toastOk(`已添加${r.name}`)
    void list.reload()
  }

  const drop = async (s: StationItem) => {
    if (!(await confirmOnce(`删除${s.name}？`, '删除后居民在地图上就找不到它了。', '删除'))) return
    const r = await remove.run(s.id)
    if (!r) return
    toastOk('已删除')
    void list.reload()
  }

  return { list, communities, draft, patch, locate: () => void place.locate(), locating: place.locating, errors, error: add.error && !Object.keys(add.fieldErrors).length ? add.error.message : '', submit, busy: add.busy, drop }
}
