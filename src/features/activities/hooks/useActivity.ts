import { useEffect, useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { useSteps } from '../../../hooks/useSteps'
import { toastOk } from '../../../lib/feedback'
import { cancelSignup } from '../api/cancelSignup'
import { getActivity } from '../api/getActivity'
import { signUp } from '../api/signUp'
import type { ActivityView, Id } from '../api/types'
import { askToSubscribe } from '../../../lib/subscribe'

/** The clock, ticking every `ms`: a page that says "check-in opens at 08:30" changes when it does. */
export function useNow(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms)
    return () => clearInterval(t)
  }, [ms])
  return now
}

export type ActivitySheet = 'cancel'

/**
 * One activity as the caller sees it, and what they may do: sign up (or join
 * the waitlist — the server decides, and the toast says which it was), and
 * give the place back before the deadline, asked once in a sheet.
 */
export function useActivity(activityId: Id) {
  const detail = useRemote<ActivityView>(() => getActivity(activityId), [activityId])
  const steps = useSteps<ActivitySheet, 'cancel'>(detail.reload)
  const now = useNow()

  const join = useAction(async () => {
    askToSubscribe(['activity'])
    const after = await signUp(activityId)
    detail.setData(after)
    toastOk(after.me?.status === 'waitlisted' ? `已加入候补，第${after.me.waitlistPosition ?? ''}位` : '报名成功')
    return after
  })

  return {
    detail,
    now,
    ...steps,
    signUp: join.run,
    signingUp: join.busy,
    cancel: (waitlisted: boolean) =>
      steps.run('cancel', () => cancelSignup(activityId), waitlisted ? '已退出候补' : '已取消报名'),
  }
}

export type ActivityModel = ReturnType<typeof useActivity>
