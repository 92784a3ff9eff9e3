import { call } from '../../../lib/cloud'
import type { RedemptionView } from './types'

export function getMine(): Promise<RedemptionView[]> {
  return call<RedemptionView[]>('mall', 'mine', {})
}
