/**
 * The steps a person may take on one thing (a case, a nomination), each run
 * one at a time: the one running is named (its button spins), the forms that
 * slide up for a step that needs more than a tap open and close here, and a
 * step that went through closes its form, says so in a short toast and
 * reloads the thing (its status and the buttons the server now offers). A
 * refused step keeps the server's words for the form and reloads too: someone
 * else may have moved the thing meanwhile.
 */
import { useState } from 'react'
import { useAction } from './useAction'
import { CloudError } from '../lib/cloud'
import { toastOk } from '../lib/feedback'

export function useSteps<Sheet extends string, Step extends string>(reload: () => Promise<unknown>) {
  const [sheet, setSheet] = useState<Sheet | undefined>(undefined)
  const [running, setRunning] = useState<Step | undefined>(undefined)

  const step = useAction(async (which: Step, run: () => Promise<unknown>, done: string) => {
    setRunning(which)
    try {
      await run()
      setSheet(undefined)
      toastOk(done)
      await reload()
      return true
    } catch (e) {
      if (e instanceof CloudError && e.code !== 'NETWORK' && e.code !== 'VALIDATION') void reload()
      throw e
    } finally {
      setRunning(undefined)
    }
  })

  return {
    sheet,
    openSheet: (k: Sheet) => {
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
    /** run one step: which it is, the call, and the toast when it went through */
    run: step.run,
  }
}
