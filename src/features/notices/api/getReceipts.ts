import { call } from '../../../lib/cloud'
import type { Id, ReceiptsView } from './types'

/** notices.receipts — the notice and, unit by unit, each household: bound or not, read, 收到. */
export function getReceipts(noticeId: Id): Promise<ReceiptsView> {
  return call<ReceiptsView>('notices', 'receipts', { noticeId })
}
