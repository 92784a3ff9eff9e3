import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { getHouseholdStars } from '../api/householdStars'
import { rateHousehold } from '../api/rateHousehold'
import type { HouseholdStars, Id } from '../api/types'
import { criteriaOf, starCount, TEN_STARS } from './tenStars'

/**
 * 十星级文明户 of one household, for staff: its rating as it stands, and a
 * form (ten switches, starting from that rating) that saves a new one. A
 * refused save keeps the switches and shows the server's words in the form.
 */
export function useHouseholdStars(householdId: Id) {
  const stars = useRemote<HouseholdStars>(() => getHouseholdStars(householdId), [householdId])
  const [criteria, setCriteria] = useState<boolean[] | undefined>(undefined)

  const save = useAction(
    async () => {
      if (!criteria) return undefined
      const next = await rateHousehold(householdId, criteria)
      stars.setData(next)
      setCriteria(undefined)
      toastOk(next.stars > 0 ? `已评为${next.stars}星级` : '已保存评定')
      return next
    },
    { toastOnError: false },
  )

  return {
    stars,
    /** the switches while the form is open; undefined when it is closed */
    criteria,
    open: () => {
      save.clearError()
      setCriteria(criteriaOf(stars.data?.met ?? []))
    },
    close: () => {
      save.clearError()
      setCriteria(undefined)
    },
    toggle: (i: number, on: boolean) => setCriteria((c) => (c ? c.map((v, j) => (j === i ? on : v)) : c)),
    count: criteria ? starCount(criteria) : 0,
    names: TEN_STARS,
    save: save.run,
    saving: save.busy,
    error: save.error,
  }
}

export type HouseholdStarsModel = ReturnType<typeof useHouseholdStars>
