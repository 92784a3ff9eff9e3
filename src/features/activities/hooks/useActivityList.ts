import { useState } from 'react'
import { useRemote } from '../../../hooks/useRemote'
import { listActivities } from '../api/listActivities'
import { listOrganisers } from '../api/listOrganisers'
import type { ActivityCard, ListFilter, OrganiserOption } from '../api/types'

export const LIST_TABS: { key: ListFilter; text: string }[] = [
  { key: 'open', text: '可报名' },
  { key: 'mine', text: '我的报名' },
  { key: 'manage', text: '我组织的' },
]

function asFilter(tab: string | undefined): ListFilter {
  return tab === 'mine' || tab === 'manage' ? tab : 'open'
}

/**
 * 志愿活动: what one may sign up for, what one signed up for, and — for team
 * leaders and community staff, who have organisers — what one organises.
 */
export function useActivityList(initialTab?: string) {
  const organisers = useRemote<OrganiserOption[]>(listOrganisers)
  const [tab, setTab] = useState<ListFilter>(asFilter(initialTab))
  const activities = useRemote<ActivityCard[]>(() => listActivities(tab), [tab])
  const organises = !!organisers.data?.length
  const tabs = organises ? LIST_TABS : LIST_TABS.filter((t) => t.key !== 'manage')
  return {
    tab: organises || tab !== 'manage' ? tab : 'open',
    setTab,
    tabs,
    organises,
    activities,
    reload: () => Promise.all([activities.reload(), organisers.status === 'error' ? organisers.reload() : Promise.resolve()]),
  }
}
