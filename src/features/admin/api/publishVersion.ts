import { call } from '../../../lib/cloud'
import type { Id, PublishResult } from './types'

/** conventions.publishVersion — admin for civic/shop; staff of the community for residents'. */
export function publishVersion(input: { conventionId: Id; title: string; preamble: string; articles: string[] }): Promise<PublishResult> {
  return call<PublishResult>('conventions', 'publishVersion', input)
}
