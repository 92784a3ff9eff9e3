import { useState } from 'react'
import { useRemote } from '../../../hooks/useRemote'
import { getCampaign } from '../api/getCampaign'
import { listCampaigns } from '../api/listCampaigns'
import { listEntries } from '../api/listEntries'
import type { CampaignDetail, CampaignSummary, FamilyEntry, Id } from '../api/types'
import { currentCampaign } from '../components/words'
import { useVote } from './useVote'

export interface CampaignPageData {
  campaigns: CampaignSummary[]
  /** null: the county has no campaign yet */
  detail: CampaignDetail | null
  entries: FamilyEntry[]
}

/** Ranked by votes, ties sharing a rank (1, 1, 3): recomputed on the phone after a vote. */
export function ranked(entries: FamilyEntry[]): FamilyEntry[] {
  const sorted = [...entries].sort((a, b) => b.votes - a.votes)
  let rank = 0
  return sorted.map((e, i) => {
    if (i === 0 || e.votes !== sorted[i - 1].votes) rank = i + 1
    return { ...e, rank }
  })
}

export type CampaignView = 'list' | 'ranking'

/**
 * 文明家庭评选: the campaign asked for, or the current one, with its families.
 * A vote moves the family's count and the votes left today on the spot; the
 * ranking is recomputed from the counts.
 */
export function useCampaign(wanted?: Id) {
  const page = useRemote<CampaignPageData>(async () => {
    const campaigns = await listCampaigns()
    const id = wanted || currentCampaign(campaigns)?.id
    if (!id) return { campaigns, detail: null, entries: [] }
    const [detail, entries] = await Promise.all([getCampaign(id), listEntries(id)])
    return { campaigns, detail, entries }
  }, [wanted])
  const [view, setView] = useState<CampaignView | undefined>(undefined)

  const phase = page.data?.detail?.phase
  const vote = useVote({
    repeatSameFamily: page.data?.detail?.rules.repeatSameFamily ?? false,
    onVoted: (id, res) =>
      page.setData((prev) => {
        const p = prev as CampaignPageData
        return {
          ...p,
          detail: p.detail ? { ...p.detail, votesLeftToday: res.votesLeftToday } : p.detail,
          entries: ranked(p.entries.map((e) => (e.nominationId === id ? { ...e, votes: res.votes } : e))).sort(
            (a, b) => p.entries.findIndex((x) => x.nominationId === a.nominationId) - p.entries.findIndex((x) => x.nominationId === b.nominationId),
          ),
        }
      }),
  })

  return {
    page,
    /** the results open on the ranking; voting on the list */
    view: view ?? (phase === 'results' ? 'ranking' : 'list'),
    setView,
    vote,
  }
}

export type CampaignModel = ReturnType<typeof useCampaign>
