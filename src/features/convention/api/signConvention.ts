import { call } from '../../../lib/cloud'
import type { Id, SignResult } from './types'

/** conventions.sign — signing twice returns the first pledge. */
export function signConvention(versionId: Id): Promise<SignResult> {
  return call<SignResult>('conventions', 'sign', { versionId })
}
