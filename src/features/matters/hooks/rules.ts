import type { MatterKind, MatterStatus } from '../api/types'

/** The same limits as the server's contract (server/modules/matters/contracts.ts). */
export const TEXT_MIN = 5
export const TEXT_MAX = 500
export const REPLY_MAX = 500
export const ADDRESS_MAX = 120
export const MAX_PHOTOS = 9

/** What a resident may ask the captain about, with an example for the text box. */
export const KINDS: { value: MatterKind; text: string; example: string }[] = [
  { value: 'waste', text: '垃圾堆放', example: '例如：楼下垃圾桶满了两天没人收，味道很大' },
  { value: 'clutter', text: '楼道杂物', example: '例如：三楼楼道堆了旧沙发，挡着路，也怕着火' },
  { value: 'noise', text: '噪音扰民', example: '例如：楼上每晚十一点后还在拖家具，老人睡不着' },
  { value: 'dispute', text: '邻里纠纷', example: '例如：和对门因为鞋柜放在走廊上有了矛盾，想请楼长帮忙说和' },
  { value: 'other', text: '其他', example: '说说是什么事、在几单元几楼，楼长好来看' },
]

/**
 * The 随手拍 problem types a matter of this kind most likely is, by name (the
 * county names its own types: when none matches, the captain chooses).
 */
export const LIKELY_CATEGORIES: Record<MatterKind, string[]> = {
  waste: ['乱扔垃圾', '杂物堆放'],
  clutter: ['杂物堆放'],
  noise: ['噪音扰民'],
  dispute: [],
  other: [],
}

export function likelyCategory<C extends { id: string; name: string }>(kind: MatterKind, list: C[]): C | undefined {
  for (const name of LIKELY_CATEGORIES[kind]) {
    const found = list.find((c) => c.name === name)
    if (found) return found
  }
  return undefined
}

export function exampleFor(kind: MatterKind | ''): string {
  return KINDS.find((k) => k.value === kind)?.example ?? '说说是什么事、在几单元几楼，楼长好来看'
}

export { charCount } from '../../../lib/form'

/**
 * Status colours mean the same everywhere (StatusTag): waiting grey, in
 * progress blue, done green. A matter's statuses in that vocabulary.
 */
export const STATUS_TONE: Record<MatterStatus, string> = {
  open: 'submitted',
  answered: 'in_progress',
  resolved: 'closed',
  reported: 'assigned',
}
