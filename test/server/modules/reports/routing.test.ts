import { deadlineFrom, matchRule, overridesRoute, route, RoutingRule } from '../../../../server/modules/reports/domain/routing';

const rules: RoutingRule[] = [
  { categoryId: 'broken-road', areaId: null, departmentId: 'd-transport', deadlineHours: 72 },
  { categoryId: 'broken-road', areaId: 'area-old-town', departmentId: 'd-urban', deadlineHours: 48 },
  { categoryId: 'littering', areaId: null, departmentId: 'd-sanitation', deadlineHours: 24 },
];

describe('routing a case to its default department', () => {
  it('a rule for the category in the case\'s area beats the category-wide rule', () => {
    expect(matchRule(rules, 'broken-road', 'area-old-town')?.departmentId).toBe('d-urban');
  });

  it('falls back to the category-wide rule in other areas and when the area is unknown', () => {
    expect(matchRule(rules, 'broken-road', 'area-east')?.departmentId).toBe('d-transport');
    expect(matchRule(rules, 'broken-road', null)?.departmentId).toBe('d-transport');
  });

  it('the order of the rules does not matter', () => {
    expect(matchRule([...rules].reverse(), 'broken-road', 'area-old-town')?.departmentId).toBe('d-urban');
  });

  it('no rule for the category means staff choose the department', () => {
    expect(route(rules, { categoryId: 'noise', areaId: 'area-old-town' }, '2025-03-03T01:00:00.000Z')).toBeNull();
  });

  it('an area rule of another category does not apply', () => {
    const only = [{ categoryId: 'broken-road', areaId: 'area-old-town', departmentId: 'd-urban', deadlineHours: 48 }];
    expect(matchRule(only, 'littering', 'area-old-town')).toBeNull();
  });

  it('the deadline runs from the submit time in elapsed hours', () => {
    const r = route(rules, { categoryId: 'broken-road', areaId: 'area-old-town' }, '2025-03-03T23:30:00+08:00');
    expect(r).toMatchObject({ departmentId: 'd-urban', deadlineHours: 48, deadline: '2025-03-05T15:30:00.000Z' });
  });

  it('a non-positive number of hours or a bad start time is a programming error', () => {
    expect(() => deadlineFrom('2025-03-03T00:00:00Z', 0)).toThrow(RangeError);
    expect(() => deadlineFrom('not a time', 24)).toThrow(RangeError);
  });

  it('choosing another department or deadline than the rule overrides it; no rule means nothing to override', () => {
    const r = route(rules, { categoryId: 'littering', areaId: null }, '2025-03-03T00:00:00Z');
    expect(overridesRoute(r, 'd-sanitation', '2025-03-04T08:00:00+08:00')).toBe(false);
    expect(overridesRoute(r, 'd-sanitation', '2025-03-05T00:00:00Z')).toBe(true);
    expect(overridesRoute(r, 'd-urban', '2025-03-04T00:00:00Z')).toBe(true);
    expect(overridesRoute(null, 'd-urban', '2025-03-04T00:00:00Z')).toBe(false);
  });
});
