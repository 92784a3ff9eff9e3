import { call } from '../../../lib/cloud'
import type { Id, PublishResult } from './types'

/**
 * conventions.publishVersion — admin for civic/shop; staff of the community for residents'.
 * `baseVersion` is the version the editor started from: CONFLICT when a newer one was published meanwhile.
 */
export function publishVersion(input: {
  conventionId: Id
  baseVersion: number
  title: string
  preamble: string
  articles: string[]
}): Promise<PublishResult> {
  return call<PublishResult>('conventions', 'publishVersion', input)
}
