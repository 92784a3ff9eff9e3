import { call } from '../../../lib/cloud'
import type { MyShop } from './types'

/** shops.myShops */
export function listMyShops(): Promise<MyShop[]> {
  return call<MyShop[]>('shops', 'myShops', {})
}
