import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { CloudError } from '../../../lib/cloud'
import { toastOk } from '../../../lib/feedback'
import { awardTitle } from '../api/awardTitle'
import { confirmConsent } from '../api/confirmConsent'
import { getDetail } from '../api/getDetail'
import { reviewGoodPerson } from '../api/reviewGoodPerson'
import { reviseGoodPerson } from '../api/reviseGoodPerson'
import { supportGoodPerson } from '../api/supportGoodPerson'
import type { GoodPersonAction, GoodPersonView, Id } from '../api/types'

/** The forms that slide up for a step that needs more than a tap. */
export type SheetKind = 'consent' | 'changes' | 'reject' | 'award'

/**
 * One good person and the steps the caller may take — exactly the server's
 * `actions`. Every step runs one at a time, says so in a short toast, and
 * reloads the person (status and buttons as the server now has them). A
 * refused step shows the server's words and reloads too: someone else may
 * have moved it meanwhile.
 */
export function useGoodPerson(goodPersonId: Id) {
  const detail = useRemote<GoodPersonView>(() => getDetail(goodPersonId), [goodPersonId])
  const [sheet, setSheet] = useState<SheetKind | undefined>(undefined)
  const [running, setRunning] = useState<GoodPersonAction | 'approve' | undefined>(undefined)

  const step = useAction(async (which: GoodPersonAction | 'approve', run: () => Promise<unknown>, done: string) => {
    setRunning(which)
    try {
      await run()
      setSheet(undefined)
      toastOk(done)
      await detail.reload()
      return true
    } catch (e) {
      if (e instanceof CloudError && e.code !== 'NETWORK' && e.code !== 'VALIDATION') void detail.reload()
      throw e
    } finally {
      setRunning(undefined)
    }
  })

  const id = goodPersonId
  return {
    detail,
    sheet,
    openSheet: (k: SheetKind) => {
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
    support: () =>
      step.run(
        'support',
        async () => {
          const res = await supportGoodPerson(id)
          // the count at once; the reload that follows brings the rest
          detail.setData((prev) => {
            const d = prev as GoodPersonView
            return { ...d, supports: res.supports, supported: true, actions: d.actions.filter((a) => a !== 'support') }
          })
        },
        '已点赞',
      ),
    confirmConsent: (note: string) => step.run('confirmConsent', () => confirmConsent(id, note), '已记录本人同意'),
    approve: () => step.run('approve', () => reviewGoodPerson(id, 'approve'), '已审核通过'),
    askChanges: (reason: string) => step.run('review', () => reviewGoodPerson(id, 'changes', reason), '已请推荐人修改'),
    reject: (reason: string) => step.run('review', () => reviewGoodPerson(id, 'reject', reason), '已设为不通过'),
    revise: (story: string, photos: string[]) => step.run('revise', () => reviseGoodPerson(id, story, photos), '已重新提交审核'),
    award: (year: number, title: string) =>
      step.run(
        'award',
        async () => {
          const res = await awardTitle(id, year, title)
          if (!res.awarded) throw new CloudError('CONFLICT', `今年已经授予过“${title}”了`)
        },
        '称号已授予',
      ),
  }
}

export type GoodPersonModel = ReturnType<typeof useGoodPerson>
