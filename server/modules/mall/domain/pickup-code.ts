import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { secretKey } from '../../../core/secret-key';

/**
 * Pickup codes (取货码). Each redemption gets six random digits, unique in
 * the county (the database's unique key), for staff to type; and a QR text
 * that carries the redemption, its digits and an HMAC of both under a key
 * only the server holds, so that nobody can make a valid QR for a
 * redemption they do not have. Whether a code may still be used (waiting,
 * this station) is the redemption's state, read at hand-over: a code is good
 * once.
 *
 * The key comes from MALL_PICKUP_KEY, passed in through the Runtime. Only
 * tests, development and the demo sign under the published development key
 * (core/secret-key: it protects nothing); anywhere else a hand-over without
 * the key fails.
 */
const PREFIX = 'PK1';

export type PickupRefusal = 'forged' | 'used' | 'expired' | 'cancelled' | 'other_station';

export function pickupKeyFrom(keys: { mallPickup?: string; development: boolean }): Buffer {
  const key = secretKey({
    name: 'MALL_PICKUP_KEY', value: keys.mallPickup, minLength: 32,
    purpose: 'mall pickup codes', withoutIt: 'pickup codes cannot be signed', development: keys.development,
  });
  return key.kind === 'set' ? Buffer.from(key.raw) : key.bytes;
}

export function newDigits(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

function mac(key: Buffer, redemptionId: string, digits: string): string {
  return createHmac('sha256', key).update(`pickup:${redemptionId}:${digits}`).digest().subarray(0, 16).toString('base64url');
}

/** What the QR carries. */
export function qrFor(key: Buffer, redemptionId: string, digits: string): string {
  return `${PREFIX}.${redemptionId}.${digits}.${mac(key, redemptionId, digits)}`;
}

export type ReadCode = { kind: 'digits'; digits: string } | { kind: 'qr'; redemptionId: string; digits: string } | { kind: 'forged' };

/** What a typed or scanned code says: six digits to look up, a QR whose signature holds, or nothing good. */
export function readCode(key: Buffer, code: string): ReadCode {
  const value = code.replace(/\s/g, '');
  if (/^\d{6}$/.test(value)) return { kind: 'digits', digits: value };
  const parts = value.split('.');
  if (parts.length !== 4 || parts[0] !== PREFIX || !/^[0-9a-f-]{36}$/i.test(parts[1]) || !/^\d{6}$/.test(parts[2])) return { kind: 'forged' };
  const [, redemptionId, digits, proof] = parts;
  const expected = Buffer.from(mac(key, redemptionId, digits));
  const given = Buffer.from(proof);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { kind: 'forged' };
  return { kind: 'qr', redemptionId, digits };
}

/** Why a redemption's code cannot be used at this station now, or null when it can. */
export function refusePickup(r: { state: 'pending' | 'handed_over' | 'expired' | 'cancelled'; stationId: string; expiresAt: Date }, stationId: string, now: Date): PickupRefusal | null {
  if (r.state === 'handed_over') return 'used';
  if (r.state === 'cancelled') return 'cancelled';
  if (r.state === 'expired' || r.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (r.stationId !== stationId) return 'other_station';
  return null;
}

export const PICKUP_REFUSALS: Record<PickupRefusal, { code: 'VALIDATION' | 'CONFLICT' | 'CLOSED' | 'FORBIDDEN'; message: string }> = {
  forged: { code: 'VALIDATION', message: '取货码不对，请核对居民手机上的6位数字或重新扫码' },
  used: { code: 'CONFLICT', message: '这个取货码已经用过了，物品已经领走' },
  expired: { code: 'CLOSED', message: '这个取货码已过期，积分已退回给居民' },
  cancelled: { code: 'CLOSED', message: '这次兑换已取消，取货码不能再用' },
  other_station: { code: 'FORBIDDEN', message: '这是别的实践站的取货码，请居民到兑换时选的实践站领取' },
};
