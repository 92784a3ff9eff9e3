import { call } from '../../../lib/cloud'
import type { MyBinding } from './types'

/** households.myBinding */
export function getMyBinding(): Promise<MyBinding> {
  return call<MyBinding>('households', 'myBinding', {})
}
