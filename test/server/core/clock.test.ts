import { beijingDay, beijingMinute, campaignDayNumber } from '../../../server/core/clock';

describe('the Beijing day', () => {
  it('is the calendar day in Asia/Shanghai, not the server zone', () => {
    expect(beijingDay(new Date('2026-11-26T15:59:59Z'))).toBe('2026-11-26');
    expect(beijingDay(new Date('2026-11-26T16:00:00Z'))).toBe('2026-11-27');
  });

  it('counts the campaign start as day 1 and turns at Beijing midnight', () => {
    expect(campaignDayNumber('2026-11-27', new Date('2026-11-26T16:00:00Z'))).toBe(1);
    expect(campaignDayNumber('2026-11-27', new Date('2026-11-27T15:59:00Z'))).toBe(1);
    expect(campaignDayNumber('2026-11-27', new Date('2026-11-27T16:00:00Z'))).toBe(2);
    expect(campaignDayNumber('2025-03-01', new Date('2026-11-27T04:00:00Z'))).toBe(637);
  });

  it('is day 0 before the campaign starts', () => {
    expect(campaignDayNumber('2027-01-01', new Date('2026-11-27T04:00:00Z'))).toBe(0);
  });
});

describe('Beijing time without a time-zone library', () => {
  it('agrees with the Asia/Shanghai zone at every hour across two years', () => {
    const zone = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000 + 7 * 60_000) {
      const at = new Date(t);
      const expected = zone.format(at).replace(',', '');
      expect(`${beijingDay(at)} ${beijingMinute(at).slice(11)}`).toBe(expected);
    }
  });
});
