import { deal, rank, rateOf, redAndBlack, sample, scoreOf } from '../../../../server/modules/inspections/domain/scoring';

const checklist = [
  { sort: 0, points: 10 },
  { sort: 1, points: 5 },
  { sort: 2, points: 5 },
];

describe('an inspection’s score', () => {
  it('is the points of the passed items out of all points', () => {
    expect(scoreOf(checklist, [{ sort: 0, passed: false }, { sort: 1, passed: true }, { sort: 2, passed: true }])).toEqual({ score: 10, maxScore: 20 });
  });

  it('needs every item scored exactly once, and no item the checklist does not have', () => {
    expect(scoreOf(checklist, [{ sort: 0, passed: true }, { sort: 1, passed: true }])).toEqual({ missing: [2], unknown: [], repeated: [] });
    expect(scoreOf(checklist, [{ sort: 0, passed: true }, { sort: 1, passed: true }, { sort: 2, passed: true }, { sort: 9, passed: true }])).toMatchObject({ unknown: [9] });
    expect(scoreOf(checklist, [{ sort: 0, passed: true }, { sort: 0, passed: false }, { sort: 1, passed: true }, { sort: 2, passed: true }])).toMatchObject({ repeated: [0] });
  });

  it('reads as a percent with one decimal', () => {
    expect(rateOf(50, 70)).toBe(71.4);
    expect(rateOf(0, 0)).toBe(0);
  });
});

describe('a round’s sample', () => {
  it('draws the count asked for, each site once, or every candidate when there are fewer', () => {
    const sites = ['a', 'b', 'c', 'd', 'e'];
    const drawn = sample(sites, 3);
    expect(new Set(drawn).size).toBe(3);
    expect(drawn.every((s) => sites.includes(s))).toBe(true);
    expect(sample(sites, 9).sort()).toEqual(sites);
  });

  it('deals the sites to the teams in turn', () => {
    expect(deal(['s1', 's2', 's3'], ['A', 'B']).map((d) => d.team)).toEqual(['A', 'B', 'A']);
  });
});

describe('the bulletin’s rankings', () => {
  const rows = [
    { unit: '甲', score: 90, maxScore: 100 },
    { unit: '乙', score: 60, maxScore: 100 },
    { unit: '乙', score: 100, maxScore: 100 },
    { unit: '丙', score: 80, maxScore: 100 },
    { unit: '丁', score: 70, maxScore: 100 },
  ];
  const ranked = rank(rows, (r) => ({ id: r.unit, name: r.unit }));

  it('adds up a unit’s sites and ranks by score rate; equal rates share a rank', () => {
    expect(ranked.map((r) => [r.rank, r.name, r.rate, r.sites])).toEqual([
      [1, '甲', 90, 1],
      [2, '丙', 80, 1],
      [2, '乙', 80, 2],
      [4, '丁', 70, 1],
    ]);
  });

  it('puts units at 90% and above on the 红榜 and below 80% on the 黑榜, worst first', () => {
    const { redList, blackList } = redAndBlack(ranked);
    expect(redList.map((r) => r.name)).toEqual(['甲']);
    expect(blackList.map((r) => r.name)).toEqual(['丁']);
  });
});
