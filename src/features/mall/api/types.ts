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
export { DEFAULT_PICKUP_DAYS, KIND_LABELS, REWARD_KINDS } from '../../../../server/modules/mall/contracts'
