import { call } from '../cloud'
import type { CampaignSummary, TodoItem, WorkbenchDesk } from '../api-types'

/** campaign.summary — banner and live figures on 首页. */
export function getCampaignSummary(): Promise<CampaignSummary> {
  return call<CampaignSummary>('campaign', 'summary', {})
}

/** campaign.todo — what needs the caller now. */
export function getTodo(): Promise<TodoItem[]> {
  return call<TodoItem[]>('campaign', 'todo', {})
}

/** campaign.workbench — each working role's queues with what waits in them (none for a resident). */
export async function getWorkbench(): Promise<WorkbenchDesk[]> {
  return (await call<{ desks: WorkbenchDesk[] }>('campaign', 'workbench', {})).desks
}
