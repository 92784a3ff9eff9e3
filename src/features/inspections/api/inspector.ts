import { call } from '../../../lib/cloud'
import type { MySite, SiteForm, SubmitResult } from './types'

/** The inspector's side of 督查暗访. */
export const getMySites = () => call<MySite[]>('inspections', 'mySites', {})
export const getSiteForm = (roundId: string, siteId: string) => call<SiteForm>('inspections', 'siteForm', { roundId, siteId })
export const submitInspection = (input: {
  roundId: string
  siteId: string
  checklistId: string
  latitude?: number
  longitude?: number
  items: { sort: number; passed: boolean; note?: string; photo?: string }[]
}) => call<SubmitResult>('inspections', 'submit', input)
export const recheckFinding = (inspectionId: string, sort: number) => call<{ closed: true }>('inspections', 'recheck', { inspectionId, sort })
/** 复查未通过: the fix is not there; the case goes back to the department with these words and photos. */
export const recheckFailed = (input: { inspectionId: string; sort: number; reason: string; photos: string[] }) => call<{ reopened: true }>('inspections', 'recheckFailed', input)
