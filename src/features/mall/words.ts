/** The words of the 积分超市 pages, in one place (pure: the tests read them too). */
import { beijing } from '../../lib/time'

/** 11月27日, in Beijing time. */
export function dayText(isoText: string): string {
  const t = beijing(isoText)
  return t.isValid() ? `${t.month() + 1}月${t.date()}日` : ''
}

/** 123 456: six digits read out in two halves. */
export function spacedDigits(digits: string): string {
  return digits.length === 6 ? `${digits.slice(0, 3)} ${digits.slice(3)}` : digits
}

export const STATUS_OF_STATE: Record<string, string> = { pending: 'waiting', handed_over: 'done', expired: 'overdue', cancelled: 'waiting' }

export const CANCEL_REASONS = ['物品损坏了', '居民说不要了', '库存数错了']
export const ADJUST_REASONS = ['盘点数量不对', '物品损坏', '物品丢失']
