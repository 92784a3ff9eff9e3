import { call } from '../../../lib/cloud'
import type { Bulletin, ChecklistSummary, ChecklistView, InspectorOption, RoundKind, RoundSummary, RoundView, SiteType, SiteView } from './types'

/** The command centre's side of 督查暗访. */
export const getChecklists = () => call<ChecklistSummary[]>('inspections', 'checklists', {})
export const getChecklist = (siteType: SiteType) => call<ChecklistView | null>('inspections', 'checklist', { siteType })
export const saveChecklist = (input: { siteType: SiteType; title: string; items: { title: string; standard: string; points: number }[] }) => call<ChecklistView>('inspections', 'saveChecklist', input)
export const getSites = () => call<SiteView[]>('inspections', 'sites', {})
export const getInspectors = () => call<InspectorOption[]>('inspections', 'inspectors', {})
export const createRound = (input: { title: string; kind: RoundKind; fixHours: number; siteIds?: string[]; sample?: { siteTypes: SiteType[]; areaIds: string[]; count: number }; teams: string[][] }) =>
  call<RoundSummary>('inspections', 'createRound', input)
export const getRounds = () => call<RoundSummary[]>('inspections', 'rounds', {})
export const getRound = (roundId: string) => call<RoundView>('inspections', 'round', { roundId })
export const publishRound = (roundId: string) => call<Bulletin>('inspections', 'publish', { roundId })

export const editSite = (input: { siteId: string; version: number; name: string; siteType: SiteType; communityId: string; departmentId: string; address: string; latitude: number; longitude: number }) =>
  call<SiteView>('inspections', 'editSite', input)
export const retireSite = (siteId: string, retired: boolean) => call<SiteView>('inspections', 'retireSite', { siteId, retired })
export const addSite = (input: { name: string; siteType: SiteType; communityId: string; departmentId: string; address: string; latitude: number; longitude: number }) => call<SiteView>('inspections', 'addSite', input)
/** The county's communities and departments, to place a site (places.communities, places.departments). */
export const getCommunities = () => call<{ id: string; name: string; areaName: string }[]>('places', 'communities', {})
export const getDepartments = () => call<{ id: string; name: string }[]>('places', 'departments', {})
