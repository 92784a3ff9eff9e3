import { certificateNumber } from '../../../../server/modules/volunteers/domain/certificate-number';
import { periodBounds } from '../../../../server/modules/volunteers/domain/periods';
import { compareTeams, standingOf } from '../../../../server/modules/volunteers/domain/standing';

describe('leaderboard periods', () => {
  it('a week runs Monday to Sunday around any of its days', () => {
    expect(periodBounds('week', '2026-11-30')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(periodBounds('week', '2026-12-06')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(periodBounds('week', '2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });

  it('a month runs from its first to its last day, leap years included', () => {
    expect(periodBounds('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodBounds('month', '2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('standing in a team', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 10, day));
  it('an open application decides; otherwise the latest, where having left is no standing', () => {
    expect(standingOf([])).toBe('none');
    expect(standingOf([{ status: 'rejected', appliedAt: at(1) }, { status: 'pending', appliedAt: at(2) }])).toBe('pending');
    expect(standingOf([{ status: 'left', appliedAt: at(1) }, { status: 'rejected', appliedAt: at(2) }])).toBe('rejected');
    expect(standingOf([{ status: 'rejected', appliedAt: at(1) }, { status: 'left', appliedAt: at(2) }])).toBe('none');
  });

  it('standing teams come before specialty teams, seeded ones in the county\'s order', () => {
    const sorted = [
      { kind: 'specialty', name: '党员先锋志愿服务队' },
      { kind: 'standing', name: '扶贫济困志愿服务队' },
      { kind: 'standing', name: '理论宣讲志愿服务队' },
    ].sort(compareTeams);
    expect(sorted.map((t) => t.name)).toEqual(['理论宣讲志愿服务队', '扶贫济困志愿服务队', '党员先锋志愿服务队']);
  });
});

describe('certificate numbers', () => {
  it('are the same for one person, county and day, and differ otherwise', () => {
    const n = certificateNumber('c1', 'u1', '2026-12-01');
    expect(n).toMatch(/^ZY20261201[0-9A-F]{6}$/);
    expect(certificateNumber('c1', 'u1', '2026-12-01')).toBe(n);
    expect(certificateNumber('c1', 'u2', '2026-12-01')).not.toBe(n);
    expect(certificateNumber('c2', 'u1', '2026-12-01')).not.toBe(n);
    expect(certificateNumber('c1', 'u1', '2026-12-02')).not.toBe(n);
  });
});
