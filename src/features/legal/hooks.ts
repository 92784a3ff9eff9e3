import { useRemote } from '../../hooks/useRemote'
import { getCampaignSummary } from '../../lib/api/campaign'
import type { LegalParty } from './texts'

/** The county that speaks in the texts; without an answer (signed out on the local server) the texts still read, in general words. */
export function useLegalParty() {
  return useRemote<LegalParty>(async () => {
    try {
      const s = await getCampaignSummary()
      return { countyName: s.countyName, operator: s.privacyOperator, contact: s.privacyContact }
    } catch {
      return { countyName: '', operator: '', contact: '' }
    }
  })
}
