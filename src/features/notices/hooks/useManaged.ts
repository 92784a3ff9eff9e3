import { useRemote } from '../../../hooks/useRemote'
import { listBuildings } from '../api/listBuildings'
import { listManaged } from '../api/listManaged'
import type { BuildingOption, ManagedNotice } from '../api/types'

/**
 * 楼栋通知管理: what the captain (or the community's staff) has posted to the
 * buildings they look after, with receipt counts, and whether they may post
 * at all (the buildings they look after).
 */
export function useManaged() {
  const buildings = useRemote<BuildingOption[]>(listBuildings)
  const notices = useRemote<ManagedNotice[]>(listManaged)
  return {
    buildings,
    notices,
    /** unknown while loading: the 发通知 button waits */
    canPost: !!buildings.data?.length,
    /** known to look after no building */
    noScope: buildings.status === 'ready' && !buildings.data?.length,
    reload: () => Promise.all([notices.reload(), buildings.status === 'error' ? buildings.reload() : Promise.resolve()]),
  }
}
