import { useState } from 'react'
import { useRemote } from '../../../hooks/useRemote'
import { getMyStations } from '../api/getMyStations'

/** The station the staff member works at now: their first, or the one they chose (the admin sees all). */
export function useStation() {
  const stations = useRemote(getMyStations)
  const [chosen, setChosen] = useState('')
  const stationId = chosen || stations.data?.[0]?.id || ''
  return { stations, stationId, choose: setChosen }
}
