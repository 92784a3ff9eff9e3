import { checkInRefusal, checkOutRefusal, pointsFor, scannedMinutes } from '../../../../server/modules/activities/domain/windows';

const a = { startsAt: new Date('2026-12-02T01:00:00Z'), endsAt: new Date('2026-12-02T03:00:00Z') };
const at = (iso: string) => new Date(iso);

describe('check-in windows and points', () => {
  it('opens check-in half an hour early and closes it at the end', () => {
    expect(checkInRefusal(a, at('2026-12-02T00:29:59Z'))).toBe('too_early');
    expect(checkInRefusal(a, at('2026-12-02T00:30:00Z'))).toBeNull();
    expect(checkInRefusal(a, at('2026-12-02T03:00:01Z'))).toBe('too_late');
  });

  it('lets people check out from the start until two hours after the end', () => {
    expect(checkOutRefusal(a, at('2026-12-02T00:59:00Z'))).toBe('too_early');
    expect(checkOutRefusal(a, at('2026-12-02T05:00:00Z'))).toBeNull();
    expect(checkOutRefusal(a, at('2026-12-02T05:00:01Z'))).toBe('too_late');
  });

  it('counts only the minutes inside the activity', () => {
    expect(scannedMinutes(a, at('2026-12-02T00:40:00Z'), at('2026-12-02T04:00:00Z'))).toBe(120);
    expect(scannedMinutes(a, at('2026-12-02T01:30:00Z'), at('2026-12-02T02:15:30Z'))).toBe(45);
    expect(scannedMinutes(a, at('2026-12-02T03:00:00Z'), at('2026-12-02T03:30:00Z'))).toBe(0);
  });

  it('pays points on scanned minutes only: hours raised afterwards are back-filled and earn nothing more', () => {
    expect(pointsFor(120, 120, 10)).toEqual({ points: 20, backfilled: false });
    expect(pointsFor(180, 120, 10)).toEqual({ points: 20, backfilled: true });
    expect(pointsFor(60, 120, 10)).toEqual({ points: 10, backfilled: false });
    expect(pointsFor(90, 0, 10)).toEqual({ points: 0, backfilled: true });
  });
});
