import { useEffect, useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { confirmOnce } from '../../../lib/feedback'
import { consentByCode } from '../api/consentByCode'
import { lookupCode } from '../api/lookupCode'
import type { CodeLookup, ConsentResult } from '../api/types'
import { CODE_LENGTH, normaliseCode } from './rules'

/**
 * 确认推荐: the nominee types (or opens a link with) the 8-character code and
 * agrees to be shown, or declines. Declining cannot be undone, so it asks once.
 */
export function useConsent(initialCode: string | undefined) {
  const [code, setCodeState] = useState(() => normaliseCode(initialCode ?? ''))
  const [local, setLocal] = useState('')
  const [result, setResult] = useState<ConsentResult | undefined>(undefined)
  const [found, setFound] = useState<CodeLookup | undefined>(undefined)
  const [lookupError, setLookupError] = useState('')

  // A whole code typed: show whose nomination it is before the person answers.
  useEffect(() => {
    setFound(undefined)
    setLookupError('')
    if (code.length !== CODE_LENGTH) return undefined
    let current = true
    lookupCode(code)
      .then((r) => current && setFound(r))
      .catch((e: Error) => current && setLookupError(e.message))
    return () => {
      current = false
    }
  }, [code])

  const answer = useAction(async (agree: boolean) => {
    const res = await consentByCode(code, agree)
    setResult(res)
    return res
  })

  const check = () => {
    if (code.length !== CODE_LENGTH) {
      setLocal(`请输入${CODE_LENGTH}位确认码，现在是${code.length}位`)
      return false
    }
    return true
  }

  return {
    code,
    setCode: (typed: string) => {
      setCodeState(normaliseCode(typed))
      setLocal('')
      answer.clearError()
    },
    error: local || lookupError || answer.error?.message,
    found,
    busy: answer.busy,
    result,
    agree: () => {
      if (check()) void answer.run(true)
    },
    decline: async () => {
      if (!check()) return
      const sure = await confirmOnce('婉拒公开', '婉拒后，这条推荐不会公开，也不能再改主意。', '婉拒')
      if (sure) void answer.run(false)
    },
  }
}
