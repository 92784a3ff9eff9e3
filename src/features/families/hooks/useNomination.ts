import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { getMe } from '../../../lib/api/identity'
import { CloudError } from '../../../lib/cloud'
import { confirmOnce, toastOk } from '../../../lib/feedback'
import { getNomination } from '../api/getNomination'
import { giveConsent } from '../api/giveConsent'
import { reviewNomination } from '../api/reviewNomination'
import { reviseNomination } from '../api/reviseNomination'
import { withdrawConsent } from '../api/withdrawConsent'
import type { FamilyContent, Id, NominationAction, NominationView, ReviewDecision } from '../api/types'

export const WITHDRAW_NOTE = '撤回后，这个家庭将不再公开显示'

/** The reasons staff give most, one tap each. */
export type ReviewSheet = 'changes' | 'reject'

/**
 * One nomination and what the caller may do with it — exactly the server's
 * `actions`: the guardian consents (with the edits to publish) or withdraws,
 * the family revises when asked, staff review. Each step answers with the
 * nomination as it now is; a refused step shows the server's words and
 * reloads (someone else may have moved it).
 */
export function useNomination(nominationId: Id) {
  const view = useRemote<NominationView>(() => getNomination(nominationId), [nominationId])
  const me = useRemote(getMe)
  const [sheet, setSheet] = useState<ReviewSheet | undefined>(undefined)
  const [running, setRunning] = useState<NominationAction | undefined>(undefined)

  const step = useAction(async (which: NominationAction, run: () => Promise<NominationView>, done: string) => {
    setRunning(which)
    try {
      const next = await run()
      view.setData(next)
      setSheet(undefined)
      toastOk(done)
      return next
    } catch (e) {
      if (e instanceof CloudError && e.code !== 'NETWORK' && e.code !== 'VALIDATION') void view.reload()
      throw e
    } finally {
      setRunning(undefined)
    }
  })

  const id = nominationId
  return {
    view,
    isMinor: me.data?.user.isMinor ?? false,
    sheet,
    openSheet: (k: ReviewSheet) => {
      step.clearError()
      setSheet(k)
    },
    closeSheet: () => {
      step.clearError()
      setSheet(undefined)
    },
    busy: step.busy,
    running,
    error: step.error,
    fieldErrors: step.fieldErrors,
    consent: (content: FamilyContent, showChildName: boolean, secondLook = false) =>
      step.run('consent', () => giveConsent({ nominationId: id, ...content, showChildName, ...(secondLook ? { secondLook } : {}) }), '已同意'),
    revise: (content: FamilyContent) => step.run('revise', () => reviseNomination(id, content), '已重新提交'),
    withdraw: async () => {
      const sure = await confirmOnce('撤回同意', WITHDRAW_NOTE, '撤回')
      if (!sure) return undefined
      return step.run('withdrawConsent', () => withdrawConsent(id), '已撤回')
    },
    review: (decision: ReviewDecision, reason?: string) =>
      step.run('review', () => reviewNomination(id, decision, reason), decision === 'approve' ? '已通过' : decision === 'changes' ? '已请对方修改' : '已不通过'),
  }
}

export type NominationModel = ReturnType<typeof useNomination>
