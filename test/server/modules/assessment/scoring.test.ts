import { checkWeights, combine, monthBounds, rankByTotal } from '../../../../server/modules/assessment/domain/scoring';
import { DEFAULT_WEIGHTS } from '../../../../server/modules/assessment/domain/parts';

describe('月度考核: the score of a community from its parts', () => {
  it('is the weighted mean of the parts: 30% inspections, 20% on time, 15% residents’ satisfaction, 15% questionnaires, 20% tasks', () => {
    const result = combine(
      [
        { part: 'inspections', score: 90, basis: '' },
        { part: 'reportsOnTime', score: 50, basis: '' },
        { part: 'reportsSatisfaction', score: 80, basis: '' },
        { part: 'questionnaires', score: 100, basis: '' },
        { part: 'tasks', score: 75, basis: '' },
      ],
      DEFAULT_WEIGHTS,
    );
    expect(result.total).toBe(79); // (90·30 + 50·20 + 80·15 + 100·15 + 75·20) / 100
    expect(result.parts.map((p) => p.effectiveWeight)).toEqual([30, 20, 15, 15, 20]);
    expect(result.parts[4]).toMatchObject({ label: '任务完成', weight: 20 });
  });

  it('the default weights add up to 100', () => {
    expect(checkWeights(DEFAULT_WEIGHTS)).toEqual([]);
  });

  it('does not count a part without data as zero: its weight is shared over the parts that have data, and says so', () => {
    const result = combine(
      [
        { part: 'inspections', score: null, basis: '本月没有数据' },
        { part: 'reportsOnTime', score: 50, basis: '' },
        { part: 'reportsSatisfaction', score: 100, basis: '' },
        { part: 'questionnaires', score: null, basis: '本月没有数据' },
        { part: 'tasks', score: null, basis: '本月没有数据' },
      ],
      DEFAULT_WEIGHTS,
    );
    expect(result.total).toBe(71.4); // (50·20 + 100·15) / 35
    expect(result.parts.map((p) => p.effectiveWeight)).toEqual([0, 57.1, 42.9, 0, 0]);
    expect(result.parts[0]).toMatchObject({ label: '督查暗访得分率', weight: 30, effectiveWeight: 0 });
  });

  it('gives no total when no weighted part has data, and a part weighted 0 never counts', () => {
    const none = combine([{ part: 'inspections', score: null, basis: '' }], DEFAULT_WEIGHTS);
    expect(none.total).toBeNull();
    const zero = combine(
      [
        { part: 'inspections', score: 0, basis: '' },
        { part: 'questionnaires', score: 80, basis: '' },
      ],
      { inspections: 0, reportsOnTime: 0, reportsSatisfaction: 0, questionnaires: 100, tasks: 0 },
    );
    expect(zero.total).toBe(80);
  });

  it('ranks highest first, ties share a place (1, 2, 2, 4), communities without data last and unranked', () => {
    const ranked = rankByTotal([
      { name: '甲', total: 70 },
      { name: '乙', total: null },
      { name: '丙', total: 90 },
      { name: '丁', total: 70 },
      { name: '戊', total: 60 },
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['丙', 1],
      ['丁', 2],
      ['甲', 2],
      ['戊', 4],
      ['乙', null],
    ]);
  });
});

describe('月度考核: the weights the admin sets', () => {
  it('accepts whole numbers 0–100 for every part adding up to 100', () => {
    expect(checkWeights({ inspections: 100, reportsOnTime: 0, reportsSatisfaction: 0, questionnaires: 0, tasks: 0 })).toEqual([]);
  });
  it('refuses a sum other than 100 with the sum in the message', () => {
    expect(checkWeights({ inspections: 30, reportsOnTime: 20, reportsSatisfaction: 15, questionnaires: 15, tasks: 10 })).toEqual([{ field: 'weights', message: '各项权重加起来要正好是100，现在是90' }]);
  });
  it('refuses a negative, a fraction, a missing part and an unknown one', () => {
    expect(checkWeights({ inspections: -10, reportsOnTime: 50, reportsSatisfaction: 30, questionnaires: 30, tasks: 0 })[0].message).toBe('「督查暗访得分率」的权重要在0到100之间');
    expect(checkWeights({ inspections: 39.5, reportsOnTime: 20.5, reportsSatisfaction: 20, questionnaires: 20, tasks: 0 })).toHaveLength(2);
    expect(checkWeights({ inspections: 40, reportsOnTime: 20, reportsSatisfaction: 20, questionnaires: 20 })[0].message).toBe('请填写「任务完成」的权重');
    expect(checkWeights({ ...DEFAULT_WEIGHTS, volunteering: 0 })[0].message).toBe('没有这一项考核内容');
  });
});

describe('月度考核: a month is a Beijing calendar month', () => {
  it('starts at Beijing midnight of the 1st (16:00 UTC the day before)', () => {
    expect(monthBounds('2026-12')).toEqual({ from: new Date('2026-11-30T16:00:00Z'), to: new Date('2026-12-31T16:00:00Z'), fromDay: '2026-12-01', toDay: '2027-01-01' });
  });
});
