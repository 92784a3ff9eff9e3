import { digitsFor, newCheckinSecret, refuseCode, slotAt, tokenFor, PERIOD_MS } from '../../../../server/modules/activities/domain/checkin-code';

const ACTIVITY = '6f1c1f7e-6a3b-4c56-9c1e-0d2a4b7e9f10';
const OTHER = '0b8e5f1a-2c3d-4e5f-8a9b-1c2d3e4f5a6b';
const T0 = new Date('2026-12-02T01:00:10Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe('check-in codes', () => {
  const secret = newCheckinSecret();
  const slot = slotAt(T0);

  it('accepts the current slot and the one before, in both forms', () => {
    expect(refuseCode(secret, ACTIVITY, tokenFor(secret, ACTIVITY, slot), T0)).toBeNull();
    expect(refuseCode(secret, ACTIVITY, digitsFor(secret, ACTIVITY, slot), T0)).toBeNull();
    expect(refuseCode(secret, ACTIVITY, tokenFor(secret, ACTIVITY, slot), later(PERIOD_MS))).toBeNull();
    expect(refuseCode(secret, ACTIVITY, digitsFor(secret, ACTIVITY, slot), later(PERIOD_MS))).toBeNull();
  });

  it('calls a code two slots old expired', () => {
    expect(refuseCode(secret, ACTIVITY, tokenFor(secret, ACTIVITY, slot), later(2 * PERIOD_MS))).toBe('expired');
    expect(refuseCode(secret, ACTIVITY, digitsFor(secret, ACTIVITY, slot), later(2 * PERIOD_MS))).toBe('expired');
  });

  it('refuses a code made for another activity, even with the same secret', () => {
    expect(refuseCode(secret, ACTIVITY, tokenFor(secret, OTHER, slot), T0)).toBe('other_activity');
    const digits = digitsFor(secret, OTHER, slot);
    if (digits !== digitsFor(secret, ACTIVITY, slot) && digits !== digitsFor(secret, ACTIVITY, slot - 1)) {
      expect(refuseCode(secret, ACTIVITY, digits, T0)).not.toBeNull();
    }
  });

  it('refuses a forged token, a token signed with another secret, a future slot and garbage', () => {
    const good = tokenFor(secret, ACTIVITY, slot);
    const tampered = good.slice(0, -2) + (good.endsWith('AA') ? 'BB' : 'AA');
    expect(refuseCode(secret, ACTIVITY, tampered, T0)).toBe('forged');
    expect(refuseCode(secret, ACTIVITY, tokenFor(newCheckinSecret(), ACTIVITY, slot), T0)).toBe('forged');
    expect(refuseCode(secret, ACTIVITY, tokenFor(secret, ACTIVITY, slot + 1), T0)).toBe('forged');
    expect(refuseCode(secret, ACTIVITY, 'hello world', T0)).toBe('malformed');
    expect(refuseCode(secret, ACTIVITY, `CK1.${ACTIVITY}.-1.x`, T0)).toBe('malformed');
  });

  it('makes six digits that change from slot to slot', () => {
    const codes = new Set(Array.from({ length: 50 }, (_, i) => digitsFor(secret, ACTIVITY, slot + i)));
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(codes.size).toBeGreaterThan(45);
  });
});
