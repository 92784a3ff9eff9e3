import { iso } from '../../core/clock';
import { maskName } from '../../core/mask';
import { KIND_LABELS, RedemptionView, RewardCard, StationRedemption, STATE_LABELS } from './contracts';
import { pickupKeyFrom, qrFor } from './domain/pickup-code';
import type { RedemptionRow, RewardRow } from './rows';
import type { ServerKeys } from '../../core/server-keys';

export function rewardCard(r: RewardRow): RewardCard {
  return {
    id: r.id,
    stationId: r.stationId,
    stationName: r.stationName,
    kind: r.kind,
    kindLabel: KIND_LABELS[r.kind],
    name: r.name,
    description: r.description,
    partner: r.partner,
    photo: r.photo,
    price: r.price,
    stock: r.stock,
    perPersonLimit: r.perPersonLimit,
    pickupDays: r.pickupDays,
    endsAt: r.endsAt ? iso(r.endsAt) : null,
    status: r.status,
  };
}

/** The key of this deployment (Runtime), or the development key where that is allowed. */
export function pickupKey(keys: ServerKeys): Buffer {
  return pickupKeyFrom(keys);
}

function base(d: RedemptionRow): Omit<RedemptionView, 'code'> {
  return {
    id: d.id,
    rewardId: d.rewardId,
    rewardName: d.rewardName,
    kind: d.kind,
    photo: d.photo,
    stationId: d.stationId,
    stationName: d.stationName,
    stationAddress: d.stationAddress,
    price: d.price,
    state: d.state,
    stateLabel: STATE_LABELS[d.state],
    delivery: d.delivery,
    createdAt: iso(d.createdAt),
    expiresAt: iso(d.expiresAt),
    handedOverAt: d.handedOverAt ? iso(d.handedOverAt) : null,
    cancelledAt: d.cancelledAt ? iso(d.cancelledAt) : null,
    cancelReason: d.cancelReason,
  };
}

/** The resident's own redemption: the pickup code while it waits, never after. */
export function ownRedemption(d: RedemptionRow, key: Buffer): RedemptionView {
  return { ...base(d), code: d.state === 'pending' ? { digits: d.pickupDigits, qr: qrFor(key, d.id, d.pickupDigits) } : null };
}

/** As station staff see it: no code (the resident shows it), the name as the public reads it. */
export function stationRedemption(d: RedemptionRow): StationRedemption {
  return { ...base(d), residentName: maskName(d.userName), deliverTo: null };
}
