import { useState } from 'react'
import { useDraft } from '../../../hooks/useDraft'
import { usePlacePicker, type PlacePicks } from '../../../hooks/usePlacePicker'
import type { Id } from '../api/types'

/** Whose family a person nominates: their own, or a neighbour's (that household agrees first). */
export type NominateTarget = 'own' | 'neighbour'

export const TARGET_CHOICES: { value: NominateTarget; text: string }[] = [
  { value: 'own', text: '推荐我的家庭' },
  { value: 'neighbour', text: '推荐邻居家庭' },
]

/** Said before a neighbour's nomination is sent, and kept in view while writing it. */
export const NEIGHBOUR_NOTE = '邻居家的成年人同意后，才会交给社区审核；在那之前，只有您和他们家能看到这条推荐'

export const nominateTargetKey = (campaignId: Id) => `families.nominate.${campaignId}.whom`

interface Whom {
  target: NominateTarget
  picks: PlacePicks
}

export interface Home {
  id: Id
  communityId: Id
  communityName: string
}

/**
 * 推荐邻居家庭: whose family the adult nominates and, for a neighbour's, the
 * household picked from the address book (starting in the person's own
 * community, which they may change). Kept on the phone with the draft.
 */
export function useNeighbourPick(campaignId: Id, opts: { wanted?: NominateTarget; ownTaken: boolean; home: Home | null }) {
  const { wanted, ownTaken, home } = opts
  const start: PlacePicks = home ? { community: { id: home.communityId, name: home.communityName } } : {}
  const draft = useDraft<Whom>(nominateTargetKey(campaignId), { target: 'own', picks: start })
  const [chosen, setChosen] = useState<NominateTarget>(() => wanted ?? draft.value.target)
  // one's own family already nominated: a neighbour's is what is left
  const target: NominateTarget = ownTaken ? 'neighbour' : chosen
  const [error, setError] = useState<string | undefined>(undefined)
  const { update } = draft
  const place = usePlacePicker(draft.value.picks, {
    active: target === 'neighbour',
    onChange: (picks) => {
      update('picks', picks)
      if (picks.room) setError(undefined)
    },
  })

  const household = target === 'neighbour' ? place.household : undefined

  return {
    target,
    /** both choices open: the own family is not nominated yet */
    mayChoose: !ownTaken,
    setTarget: (t: NominateTarget) => {
      setChosen(t)
      update('target', t)
      setError(undefined)
    },
    place,
    error,
    /**
     * Before sending: the neighbour's household (undefined for one's own
     * family), or false when none is picked yet — the reason is then shown.
     */
    checked: (): Id | undefined | false => {
      if (target === 'own') return undefined
      if (!household) {
        setError('请一步步选到房号，选出要推荐的邻居家')
        return false
      }
      if (home && household.id === home.id) {
        setError('这是您自己的家。推荐自己家，请选“推荐我的家庭”')
        return false
      }
      return household.id
    },
    clear: () => draft.clear(),
  }
}

export type NeighbourPickModel = ReturnType<typeof useNeighbourPick>
