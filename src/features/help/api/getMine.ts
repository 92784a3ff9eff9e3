import { call } from '../../../lib/cloud'
import type { MyHelpView } from './types'

export function getMine(): Promise<MyHelpView> {
  return call<MyHelpView>('help', 'mine', {})
}
