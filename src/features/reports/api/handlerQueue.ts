import { call } from '../../../lib/cloud'
import type { CaseSummary, HandlerFilter } from './types'

/** reports.handlerQueue — the cases assigned to the caller's department. */
export function handlerQueue(filter: HandlerFilter): Promise<CaseSummary[]> {
  return call<CaseSummary[]>('reports', 'handlerQueue', { filter })
}
