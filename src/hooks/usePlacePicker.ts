/**
 * Pick a home from the county's address book: community → building → unit →
 * room, each step's choices loaded from places.*. Going back to a step forgets
 * the picks from it on. Used to bind one's own home and to name a neighbour's.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useRemote } from './useRemote'
import { listBuildings, listCommunities, listRooms, listUnits } from '../lib/api/places'

export type PlaceStep = 'community' | 'building' | 'unit' | 'room'

export interface PlaceChoice {
  id: string
  name: string
  note?: string
}

export type PlacePicks = Partial<Record<PlaceStep, PlaceChoice>>

export const PLACE_STEPS: PlaceStep[] = ['community', 'building', 'unit', 'room']

/**
 * `initial`: picks to start from (say, the person's own community), which they
 * may still change. `active`: false while the picker is not on screen (nothing
 * is loaded). `onChange`: told the picks after each tap (to keep them in a draft).
 */
export function usePlacePicker(initial: PlacePicks = {}, opts: { active?: boolean; onChange?: (picks: PlacePicks) => void } = {}) {
  const { active = true, onChange } = opts
  const [picks, setPicks] = useState<PlacePicks>(initial)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const change = useCallback((next: PlacePicks) => {
    setPicks(next)
    onChangeRef.current?.(next)
  }, [])

  const step: PlaceStep | 'done' = PLACE_STEPS.find((s) => !picks[s]) ?? 'done'
  const parentId =
    step === 'building' ? picks.community?.id : step === 'unit' ? picks.building?.id : step === 'room' ? picks.unit?.id : undefined

  const choices = useRemote<PlaceChoice[]>(async () => {
    if (!active) return []
    switch (step) {
      case 'community':
        return (await listCommunities()).map((c) => ({ id: c.id, name: c.name, note: c.areaName }))
      case 'building':
        return (await listBuildings(parentId as string)).map((b) => ({ id: b.id, name: b.name }))
      case 'unit':
        return (await listUnits(parentId as string)).map((u) => ({ id: u.id, name: u.name }))
      case 'room':
        return (await listRooms(parentId as string)).map((r) => ({ id: r.id, name: r.room }))
      default:
        return []
    }
  }, [step, parentId, active])

  // A village group's households have no unit: its one unnamed unit is picked for the person.
  useEffect(() => {
    const only = choices.data?.length === 1 ? choices.data[0] : undefined
    if (step === 'unit' && only && only.name === '') change({ ...picks, unit: only })
  }, [step, choices.data, picks, change])

  const pick = useCallback(
    (c: PlaceChoice) => {
      if (step === 'done') return
      change({ ...picks, [step]: c })
    },
    [step, picks, change],
  )

  /** Go back to a step: the picks from that step on are forgotten. */
  const backTo = useCallback(
    (s: PlaceStep) => {
      const next: PlacePicks = {}
      PLACE_STEPS.slice(0, PLACE_STEPS.indexOf(s)).forEach((k) => {
        if (picks[k]) next[k] = picks[k]
      })
      change(next)
    },
    [picks, change],
  )

  const reset = useCallback((to: PlacePicks = {}) => setPicks(to), [])

  /** 幸福里社区 1号楼 1单元 301, as far as picked. */
  const label = PLACE_STEPS.map((s) => picks[s]?.name)
    .filter(Boolean)
    .join(' ')

  return { picks, step, choices, pick, backTo, reset, label, household: picks.room }
}

export type PlacePickerModel = ReturnType<typeof usePlacePicker>
