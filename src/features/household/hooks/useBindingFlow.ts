/**
 * Pick community → building → unit → room, then the relation, then submit.
 * Each step loads its choices from places.*; going back to a step forgets
 * the picks after it.
 */
import { useCallback, useState } from 'react'
import { useRemote } from '../../../hooks/useRemote'
import { useAction } from '../../../hooks/useAction'
import { toastOk } from '../../../lib/feedback'
import { listCommunities } from '../api/listCommunities'
import { listBuildings } from '../api/listBuildings'
import { listUnits } from '../api/listUnits'
import { listRooms } from '../api/listRooms'
import { requestBinding } from '../api/requestBinding'
import type { Id, Relation } from '../api/types'

export type Step = 'community' | 'building' | 'unit' | 'room' | 'relation'

export interface Choice {
  id: Id
  name: string
  note?: string
}

export interface Picks {
  community?: Choice
  building?: Choice
  unit?: Choice
  room?: Choice
}

const ORDER: Step[] = ['community', 'building', 'unit', 'room', 'relation']

export const STEP_TITLES: Record<Step, string> = {
  community: '第一步：选择小区',
  building: '第二步：选择楼栋',
  unit: '第三步：选择单元',
  room: '第四步：选择房号',
  relation: '最后：您和这一户的关系',
}

export function useBindingFlow(onSubmitted?: () => void) {
  const [picks, setPicks] = useState<Picks>({})
  const [relation, setRelation] = useState<Relation | undefined>(undefined)

  const step: Step = !picks.community
    ? 'community'
    : !picks.building
      ? 'building'
      : !picks.unit
        ? 'unit'
        : !picks.room
          ? 'room'
          : 'relation'

  const parentId =
    step === 'building' ? picks.community?.id : step === 'unit' ? picks.building?.id : step === 'room' ? picks.unit?.id : undefined

  const choices = useRemote<Choice[]>(async () => {
    switch (step) {
      case 'community':
        return (await listCommunities()).map((c) => ({ id: c.id, name: c.name, note: c.areaName }))
      case 'building':
        return (await listBuildings(parentId as Id)).map((b) => ({ id: b.id, name: b.name }))
      case 'unit':
        return (await listUnits(parentId as Id)).map((u) => ({ id: u.id, name: u.name }))
      case 'room':
        return (await listRooms(parentId as Id)).map((r) => ({ id: r.id, name: r.room }))
      default:
        return []
    }
  }, [step, parentId])

  const pick = useCallback(
    (c: Choice) => {
      if (step === 'relation') return
      setPicks((p) => ({ ...p, [step]: c }))
    },
    [step],
  )

  /** Go back to a step: the picks from that step on are forgotten. */
  const backTo = useCallback((s: Step) => {
    const idx = ORDER.indexOf(s)
    setPicks((p) => {
      const next: Picks = {}
      ORDER.slice(0, idx).forEach((k) => {
        if (k !== 'relation' && p[k]) next[k] = p[k]
      })
      return next
    })
    setRelation(undefined)
  }, [])

  const submit = useAction(async () => {
    if (!picks.room || !relation) return undefined
    const res = await requestBinding(picks.room.id, relation)
    toastOk('申请已提交')
    setPicks({})
    setRelation(undefined)
    onSubmitted?.()
    return res
  })

  const label = [picks.community?.name, picks.building?.name, picks.unit?.name, picks.room?.name].filter(Boolean).join(' ')

  return { step, picks, label, choices, pick, backTo, relation, setRelation, submit: submit.run, submitting: submit.busy }
}
