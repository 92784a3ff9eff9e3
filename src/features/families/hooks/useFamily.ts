import { useRemote } from '../../../hooks/useRemote'
import { getCampaign } from '../api/getCampaign'
import { getNomination } from '../api/getNomination'
import { listEntries } from '../api/listEntries'
import type { CampaignDetail, FamilyEntry, Id } from '../api/types'
import { ranked } from './useCampaign'
import { useVote } from './useVote'

export interface FamilyPageData {
  campaign: CampaignDetail
  /** null: the family is not (or no longer) on the public list */
  entry: FamilyEntry | null
  /** how many families are on the list */
  total: number
}

/**
 * A family's public page: the entry as everyone sees it (never the child's
 * name unless the guardian chose to show it), its votes and rank. A link
 * without the campaign finds it through the nomination.
 */
export function useFamily(nominationId: Id, campaignId?: Id) {
  const page = useRemote<FamilyPageData>(async () => {
    const cid = campaignId || (await getNomination(nominationId)).campaignId
    const [campaign, entries] = await Promise.all([getCampaign(cid), listEntries(cid)])
    return { campaign, entry: entries.find((e) => e.nominationId === nominationId) ?? null, total: entries.length }
  }, [nominationId, campaignId])

  const vote = useVote({
    repeatSameFamily: page.data?.campaign.rules.repeatSameFamily ?? false,
    onVoted: (_id, res) => {
      page.setData((prev) => {
        const p = prev as FamilyPageData
        return { ...p, campaign: { ...p.campaign, votesLeftToday: res.votesLeftToday }, entry: p.entry ? { ...p.entry, votes: res.votes } : null }
      })
      // the rank may have moved: ask again, quietly
      void listEntries(page.data?.campaign.id ?? '')
        .then((entries) => {
          const fresh = ranked(entries).find((e) => e.nominationId === nominationId)
          if (fresh) page.setData((prev) => ({ ...(prev as FamilyPageData), entry: fresh, total: entries.length }))
        })
        .catch(() => undefined)
    },
  })

  return { page, vote }
}

export type FamilyModel = ReturnType<typeof useFamily>
