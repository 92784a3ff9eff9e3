/**
 * Opening an invitation and taking the post: by the shared link (its token
 * arrives in the page's query) or by the six digits typed here.
 */
import { useCallback, useEffect, useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { errorMessage } from '../../../lib/feedback'
import { acceptInvitation, type OwnHome } from '../api/acceptInvitation'
import { openInvitation } from '../api/openInvitation'
import type { AcceptResult, InvitationPreview } from '../api/types'

export const CODE_DIGITS = 6

export function normaliseCode(typed: string): string {
  return typed.replace(/\D/g, '').slice(0, CODE_DIGITS)
}

export function useAccept(token?: string) {
  const [code, setCodeState] = useState('')
  const [invitation, setInvitation] = useState<InvitationPreview | null>(null)
  const [problem, setProblem] = useState('')
  const [accepted, setAccepted] = useState<AcceptResult | null>(null)
  // 我也住在这栋楼: a captain picks their own room and how they live there, bound as they accept.
  const [livesHere, setLivesHereState] = useState(false)
  const [householdId, setHouseholdId] = useState('')
  const [relation, setRelation] = useState<OwnHome['relation'] | ''>('')

  const open = useAction((by: { code: string } | { token: string }) => openInvitation(by), { toastOnError: false })
  const take = useAction((id: string, secret: string, home?: OwnHome) => acceptInvitation(id, secret, home), { toastOnError: false })

  const look = useCallback(
    async (by: { code: string } | { token: string }) => {
      setProblem('')
      const r = await open.run(by)
      if (!r) return
      if (r.found) setInvitation(r.invitation)
      else if ('token' in by) setProblem('这个邀请链接不对或已失效，请找邀请人重新发一个')
      else setProblem(r.attemptsLeft > 0 ? `邀请码不对，请核对后再输入（今天还可以试 ${r.attemptsLeft} 次）` : '邀请码不对。今天输错太多次了，请明天再试，或请邀请人把邀请直接发到您的微信')
    },
    [open],
  )

  // The link's invitation opens by itself, once per token.
  useEffect(() => {
    if (token) void look({ token })
  }, [token])

  const setCode = (typed: string) => {
    const next = normaliseCode(typed)
    setCodeState(next)
    setProblem('')
    if (invitation && !token) setInvitation(null)
  }

  const submitCode = () => {
    if (code.length !== CODE_DIGITS) {
      setProblem(`邀请码是${CODE_DIGITS}位数字，现在是${code.length}位`)
      return Promise.resolve()
    }
    return look({ code })
  }

  const setLivesHere = (on: boolean) => {
    setLivesHereState(on)
    if (!on) {
      setHouseholdId('')
      setRelation('')
    }
    take.clearError()
  }

  /** What is still to choose before accepting with a home, or ''. */
  const homeMissing = livesHere ? (!householdId ? '请选择您家的房号' : !relation ? '请选择您和这一户的关系' : '') : ''

  const accept = async () => {
    if (!invitation || homeMissing) return
    const home = livesHere && householdId && relation ? { householdId, relation } : undefined
    const r = await take.run(invitation.id, token ?? code, home)
    if (r) setAccepted(r)
  }

  const error = problem || (open.error ? errorMessage(open.error) : '') || (take.error ? errorMessage(take.error) : '')
  return { code, setCode, submitCode, invitation, accept, accepted, error, looking: open.busy, accepting: take.busy, byLink: Boolean(token), livesHere, setLivesHere, householdId, setHouseholdId, relation, setRelation, homeMissing }
}

export type AcceptModel = ReturnType<typeof useAccept>
