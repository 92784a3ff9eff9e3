import { call } from '../../../lib/cloud'
import type { Id, MatterView } from './types'

/** matters.answer — the captain (or community staff) replies once; the resident is told. */
export function answerMatter(matterId: Id, text: string): Promise<MatterView> {
  return call<MatterView>('matters', 'answer', { matterId, text })
}
