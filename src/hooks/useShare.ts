import { useShareAppMessage } from '@tarojs/taro'
import { sharedPath } from '../lib/share'

export interface ShareCard {
  title: string
  path: string
  imageUrl?: string
}

/** The page's 转发 card; its path always carries the sharer's county (lib/share). */
export function useShare(card: () => ShareCard): void {
  useShareAppMessage(() => {
    const c = card()
    return { ...c, path: sharedPath(c.path) }
  })
}
