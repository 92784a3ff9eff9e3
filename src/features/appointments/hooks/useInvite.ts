/**
 * Offering a post: the role, then its scope (the county, a community, a
 * building of a community, a department, a team), a note, and the invitation
 * with its code and link to share.
 */
import { useMemo, useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { listBuildings, listRooms, listUnits } from '../../../lib/api/places'
import { invite } from '../api/invite'
import { getOptions } from '../api/getOptions'
import type { AppointableRole, AppointOptions, InvitationView, ScopeOption } from '../api/types'

/** Where the post is, as the person picking it reads it. */
export const SCOPE_QUESTION: Record<string, string> = {
  county: '全县',
  community: '哪个社区（村）',
  building: '哪栋楼',
  department: '哪个单位',
  team: '哪支志愿队',
  station: '哪个实践站',
  area: '哪个片区',
}

export function scopeChoices(options: AppointOptions, scopeType: string): ScopeOption[] {
  if (scopeType === 'county') return options.county ? [options.county] : []
  if (scopeType === 'community') return options.communities
  if (scopeType === 'department') return options.departments
  if (scopeType === 'team') return options.teams
  if (scopeType === 'station') return options.stations ?? []
  if (scopeType === 'area') return options.areas ?? []
  return []
}

export function useInvite() {
  const options = useRemote(getOptions)
  const [role, setRoleState] = useState<AppointableRole | ''>('')
  const [scopeId, setScopeIdState] = useState('')
  const [communityId, setCommunityIdState] = useState('')
  const [note, setNote] = useState('')
  const [made, setMade] = useState<InvitationView | null>(null)
  // A captain's own room in the building (optional): unit, then room.
  const [unitId, setUnitIdState] = useState('')
  const [householdId, setHouseholdId] = useState('')
  const buildings = useRemote(() => (communityId ? listBuildings(communityId) : Promise.resolve([])), [communityId])
  const send = useAction((r: AppointableRole, s: string, n: string, h: string) => invite(r, s, n.trim() || undefined, h || undefined), { toastOnError: false })

  const scopeType = useMemo(() => options.data?.roles.find((r) => r.role === role)?.scopeType ?? '', [options.data, role])
  const buildingId = scopeType === 'building' ? scopeId : ''
  const units = useRemote(() => (buildingId ? listUnits(buildingId) : Promise.resolve([])), [buildingId])
  const rooms = useRemote(() => (unitId ? listRooms(unitId) : Promise.resolve([])), [unitId])

  const setScopeId = (id: string) => {
    setScopeIdState(id)
    setUnitIdState('')
    setHouseholdId('')
  }

  const setUnitId = (id: string) => {
    setUnitIdState(id)
    setHouseholdId('')
  }

  /** 不写房号: the captain picks their room themselves, or binds later like any resident. */
  const clearHome = () => {
    setUnitIdState('')
    setHouseholdId('')
  }

  const setRole = (next: AppointableRole) => {
    setRoleState(next)
    const type = options.data?.roles.find((r) => r.role === next)?.scopeType
    // The county is the only choice for county-wide posts: take it.
    setScopeId(type === 'county' ? (options.data?.county?.id ?? '') : '')
    setCommunityIdState('')
    send.clearError()
  }

  const setCommunity = (id: string) => {
    setCommunityIdState(id)
    setScopeId(scopeType === 'community' ? id : '')
  }

  const missing = !role ? '请选择职务' : !scopeId ? `请选择${SCOPE_QUESTION[scopeType] ?? '范围'}` : ''

  const submit = async () => {
    if (missing || !role) return
    const r = await send.run(role, scopeId, note, householdId)
    if (r) setMade(r)
  }

  const again = () => {
    setMade(null)
    setNote('')
    clearHome()
  }

  return { options, role, setRole, scopeType, scopeId, setScopeId, communityId, setCommunity, buildings, units, unitId, setUnitId, rooms, householdId, setHouseholdId, clearHome, note, setNote, missing, submit, busy: send.busy, error: send.error, made, again }
}

export type InviteModel = ReturnType<typeof useInvite>
