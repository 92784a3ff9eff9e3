import { z } from 'zod';
import { idField, instant, noInput, optionalText, textField } from '../../core/fields';

export const REWARD_KINDS = ['gift', 'book', 'service'] as const;
export type RewardKind = (typeof REWARD_KINDS)[number];
export const KIND_LABELS: Record<RewardKind, string> = { gift: '礼品', book: '书籍', service: '服务' };
/** Days an item waits at the station before an unclaimed redemption expires, unless the reward says otherwise. */
export const DEFAULT_PICKUP_DAYS = 30;
export const MAX_STOCK_MOVE = 10_000;

const whole = (label: string, min: number, max: number) =>
  z
    .number({ invalid_type_error: `请填写${label}` })
    .int({ message: `${label}要填整数` })
    .min(min, { message: `${label}至少${min}` })
    .max(max, { message: `${label}不能超过${max}` });

const rewardFields = {
  kind: z.enum(REWARD_KINDS, { errorMap: () => ({ message: '请选择礼品、书籍或服务' }) }),
  name: textField(40, 2),
  description: optionalText(500),
  /** 公益合伙人: the shop that gives the service back. */
  partner: optionalText(40),
  photo: z.string().trim().min(1).max(300).optional(),
  price: whole('所需积分', 1, 100_000),
  perPersonLimit: whole('每人限兑', 1, 99),
  pickupDays: whole('领取期限（天）', 1, 365).default(DEFAULT_PICKUP_DAYS),
  /** After this moment nobody can redeem it any more. */
  endsAt: instant('截止时间').optional(),
};

export const mallInputs = {
  /** What can be redeemed now, in the caller's county (optionally at one station), with the caller's balance. */
  rewards: z.object({ stationId: idField().optional() }).strict(),
  reward: z.object({ rewardId: idField() }).strict(),
  redeem: z.object({ rewardId: idField() }).strict(),
  /** The caller's redemptions, newest first, with the pickup code of those waiting. */
  mine: noInput(),
  /** Stations whose mall the caller runs (all of the county for its admin). */
  myStations: noInput(),
  /** A station's rewards, listed or withdrawn, as its staff manage them. */
  stationRewards: z.object({ stationId: idField() }).strict(),
  /** One reward with its stock book. */
  manageReward: z.object({ rewardId: idField() }).strict(),
  createReward: z.object({ stationId: idField(), ...rewardFields, stock: whole('库存', 0, MAX_STOCK_MOVE) }).strict(),
  updateReward: z.object({ rewardId: idField(), ...rewardFields, status: z.enum(['listed', 'withdrawn']) }).strict(),
  /** 入库 (more arrived) or 调整 (counted, broken, lost: with a reason). */
  moveStock: z
    .discriminatedUnion('kind', [
      z.object({ rewardId: idField(), kind: z.literal('in'), delta: whole('入库数量', 1, MAX_STOCK_MOVE), reason: optionalText(100) }).strict(),
      z
        .object({ rewardId: idField(), kind: z.literal('adjusted'), delta: whole('调整数量', -MAX_STOCK_MOVE, MAX_STOCK_MOVE).refine((d) => d !== 0, { message: '调整数量不能是0' }), reason: textField(100, 2) })
        .strict(),
    ]),
  /** Redemptions waiting at a station (待领取), oldest first. */
  waiting: z.object({ stationId: idField() }).strict(),
  /** 核销: the 6 digits typed, or the scanned QR text. */
  handOver: z.object({ stationId: idField(), code: z.string().trim().min(6, { message: '请输入6位取货码' }).max(300) }).strict(),
  cancel: z.object({ redemptionId: idField(), reason: textField(100, 2) }).strict(),
  /** 送上门: staff will bring it to a housebound resident and hand it over at the door with the same code. */
  markDelivery: z.object({ redemptionId: idField(), delivery: z.boolean() }).strict(),
};

export type RedemptionState = 'pending' | 'handed_over' | 'expired' | 'cancelled';
export const STATE_LABELS: Record<RedemptionState, string> = { pending: '待领取', handed_over: '已领取', expired: '已过期', cancelled: '已取消' };

export interface RewardCard {
  id: string;
  stationId: string;
  stationName: string;
  kind: RewardKind;
  kindLabel: string;
  name: string;
  description: string;
  partner: string;
  photo: string | null;
  price: number;
  stock: number;
  perPersonLimit: number;
  pickupDays: number;
  endsAt: string | null;
  status: 'listed' | 'withdrawn';
}

export interface RewardView extends RewardCard {
  stationAddress: string;
  /** The caller's redemptions of it that count against the limit (waiting or picked up). */
  mine: number;
  balance: number;
  /** Why the caller cannot redeem it now, or null. */
  cannotRedeem: string | null;
}

export interface MallView {
  balance: number;
  rewards: RewardCard[];
}

export interface PickupCode {
  /** Typed by the staff. */
  digits: string;
  /** What the QR carries: signed by the server, bound to this redemption. */
  qr: string;
}

export interface RedemptionView {
  id: string;
  rewardId: string;
  rewardName: string;
  kind: RewardKind;
  photo: string | null;
  stationId: string;
  stationName: string;
  stationAddress: string;
  price: number;
  state: RedemptionState;
  stateLabel: string;
  delivery: boolean;
  createdAt: string;
  expiresAt: string;
  handedOverAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  /** Only the resident's own waiting redemptions carry their code. */
  code: PickupCode | null;
}

/** A redemption as station staff see it: who, masked the way the public sees names. */
export interface StationRedemption extends Omit<RedemptionView, 'code'> {
  residentName: string;
  /** 送上门 only: where to take it and whom to ask for (the full name, the home, a phone if given); null otherwise. */
  deliverTo: { name: string; home: string | null; phone: string | null } | null;
}

export interface StockMoveView {
  id: string;
  kind: 'in' | 'redeemed' | 'returned' | 'adjusted';
  kindLabel: string;
  delta: number;
  reason: string;
  by: string | null;
  at: string;
}

export interface ManagedReward extends RewardCard {
  waiting: number;
  handedOver: number;
  book: StockMoveView[];
}

export interface StationOption {
  id: string;
  name: string;
  address: string;
  waiting: number;
}
