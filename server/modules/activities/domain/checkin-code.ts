import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Check-in codes: an HMAC, under a secret the activity keeps on the server, of
 * the activity and a 30-second slot. The organiser's phone shows the code of
 * the current slot; a code of the slot before is still accepted (someone
 * scanned just as it turned over), anything older has expired. A code made for
 * another activity never verifies here, and nobody can make one without the
 * secret.
 */
export const PERIOD_MS = 30_000;
const TOKEN_PREFIX = 'CK1';

export type CodeRefusal = 'malformed' | 'forged' | 'expired' | 'other_activity';

export function newCheckinSecret(): string {
  return randomBytes(32).toString('hex');
}

export function slotAt(at: Date): number {
  return Math.floor(at.getTime() / PERIOD_MS);
}

/** When the slot containing `at` ends: the organiser's screen fetches the next code then. */
export function slotEndsAt(at: Date): Date {
  return new Date((slotAt(at) + 1) * PERIOD_MS);
}

function mac(secret: string, activityId: string, slot: number): Buffer {
  return createHmac('sha256', secret).update(`${activityId}:${slot}`).digest();
}

/** The six digits a participant can type instead of scanning. */
export function digitsFor(secret: string, activityId: string, slot: number): string {
  return String(mac(secret, activityId, slot).readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

/** What the QR code carries: which activity and slot, and the proof. */
export function tokenFor(secret: string, activityId: string, slot: number): string {
  return `${TOKEN_PREFIX}.${activityId}.${slot}.${mac(secret, activityId, slot).subarray(0, 16).toString('base64url')}`;
}

function sameBytes(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Null when the code is good for this activity now, otherwise why not. */
export function refuseCode(secret: string, activityId: string, code: string, at: Date): CodeRefusal | null {
  const now = slotAt(at);
  const value = code.trim();
  if (/^\d{6}$/.test(value)) {
    if (sameBytes(value, digitsFor(secret, activityId, now)) || sameBytes(value, digitsFor(secret, activityId, now - 1))) return null;
    // A code from the last few minutes reads as expired rather than wrong: the person typed slowly.
    for (let back = 2; back <= 10; back++) if (sameBytes(value, digitsFor(secret, activityId, now - back))) return 'expired';
    return 'forged';
  }
  const parts = value.split('.');
  if (parts.length !== 4 || parts[0] !== TOKEN_PREFIX || !/^\d+$/.test(parts[2])) return 'malformed';
  const [, codeActivity, slotText] = parts;
  if (codeActivity !== activityId) return 'other_activity';
  const slot = Number(slotText);
  if (!sameBytes(value, tokenFor(secret, activityId, slot))) return 'forged';
  if (slot > now) return 'forged';
  if (slot < now - 1) return 'expired';
  return null;
}

export const CODE_REFUSAL_MESSAGES: Record<CodeRefusal, string> = {
  malformed: '这不是本活动的签到码，请扫描组织者手机上的二维码',
  forged: '签到码不对，请核对组织者手机上的6位数字',
  expired: '签到码已过期，请扫描组织者手机上最新的码',
  other_activity: '这是另一场活动的签到码，请确认您在正确的活动现场',
};
