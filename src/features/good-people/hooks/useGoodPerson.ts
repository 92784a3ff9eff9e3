import { useState } from 'react'
import { useSteps } from '../../../hooks/useSteps'
import { useRemote } from '../../../hooks/useRemote'
import { CloudError } from '../../../lib/cloud'
import { awardTitle } from '../api/awardTitle'
import { confirmConsent } from '../api/confirmConsent'
import { getDetail } from '../api/getDetail'
import { reviewGoodPerson } from '../api/reviewGoodPerson'
import { reviseGoodPerson } from '../api/reviseGoodPerson'
import { supportGoodPerson } from '../api/supportGoodPerson'
import { withdrawGoodPerson } from '../api/withdrawGoodPerson'
import type { GoodPersonAction, GoodPersonView, Id } from '../api/types'

/** The forms that slide up for a step that needs more than a tap. */
export type SheetKind = 'consent' | 'changes' | 'reject' | 'award' | 'withdraw'

/**
 * One good person and the steps the caller may take — exactly the server's
 * `actions`. Every step runs one at a time, says so in a short toast, and
 * reloads the person (status and buttons as the server now has them). A
 * refused step shows the server's words and reloads too: someone else may
 * have moved it meanwhile.
 */
export function useGoodPerson(goodPersonId: Id) {
  const detail = useRemote<GoodPersonView>(() => getDetail(goodPersonId), [goodPersonId])
  const { run, ...steps } = useSteps<SheetKind, GoodPersonAction | 'approve'>(detail.reload)

  // After a revision: the new code for the nominee, shown once (the revised story needs their consent again).
  const [newCode, setNewCode] = useState<string | undefined>(undefined)

  const id = goodPersonId
  return {
    detail,
    ...steps,
    newCode,
    support: () =>
      run(
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
    confirmConsent: (note: string) => run('confirmConsent', () => confirmConsent(id, note), '已记录本人同意'),
    approve: () => run('approve', () => reviewGoodPerson(id, 'approve'), '已审核通过'),
    askChanges: (reason: string) => run('review', () => reviewGoodPerson(id, 'changes', reason), '已请推荐人修改'),
    reject: (reason: string) => run('review', () => reviewGoodPerson(id, 'reject', reason), '已设为不通过'),
    revise: (story: string, photos: string[]) =>
      run(
        'revise',
        async () => {
          setNewCode((await reviseGoodPerson(id, story, photos)).consentCode)
        },
        '已重新提交',
      ),
    award: (year: number, title: string) =>
      run(
        'award',
        async () => {
          const res = await awardTitle(id, year, title)
          if (!res.awarded) throw new CloudError('CONFLICT', `今年已经授予过“${title}”了`)
        },
        '称号已授予',
      ),
    /** 撤下展示: the answer is kept on screen (the nominee may no longer open the page once it is taken down). */
    withdraw: (reason?: string) =>
      run(
        'withdraw',
        async () => {
          detail.setData(await withdrawGoodPerson(id, reason))
        },
        '已撤下展示',
      ),
  }
}

export type GoodPersonModel = ReturnType<typeof useGoodPerson>
