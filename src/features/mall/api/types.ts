export type {
  ManagedReward,
  MallView,
  PickupCode,
  RedemptionView,
  RewardCard,
  RewardKind,
  RewardView,
  StationOption,
  StationRedemption,
  StockMoveView,
} from '../../../../server/modules/mall/contracts'
import type { RewardKind } from '../../../../server/modules/mall/contracts'

// The server's values, copied: the build does not compile server files into the app (test/ui/mall.test.tsx keeps them equal).
export const REWARD_KINDS = ['gift', 'book', 'service'] as const
export const KIND_LABELS: Record<RewardKind, string> = { gift: '礼品', book: '书籍', service: '服务' }
/** Days to collect a redemption before it expires and its points come back. */
export const DEFAULT_PICKUP_DAYS = 30
