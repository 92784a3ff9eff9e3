/**
 * Routing (分拨): the admin's rules give a case its default department and
 * deadline from its category and area. Staff may assign elsewhere with a
 * reason (the `assigned` event records what the rule proposed).
 */
import { HOUR_MS } from './transition';

export interface RoutingRule {
  categoryId: string;
  /** null: the rule holds for the category in every area. */
  areaId: string | null;
  departmentId: string;
  deadlineHours: number;
}

export interface Route {
  departmentId: string;
  /** ISO instant. */
  deadline: string;
  deadlineHours: number;
  /** The rule that matched. */
  rule: RoutingRule;
}

/**
 * The most specific rule for a category and area: category + area beats
 * category alone; null when no rule matches (staff must choose). Among rules
 * equally specific the first wins — the table should hold at most one per
 * (county, category, area), which a unique index enforces.
 */
export function matchRule(rules: readonly RoutingRule[], categoryId: string, areaId: string | null): RoutingRule | null {
  const forCategory = rules.filter((r) => r.categoryId === categoryId);
  if (areaId !== null) {
    const exact = forCategory.find((r) => r.areaId === areaId);
    if (exact) return exact;
  }
  return forCategory.find((r) => r.areaId === null) ?? null;
}

/** The deadline `hours` after `from` (elapsed hours, not working days). */
export function deadlineFrom(from: Date | string, hours: number): string {
  const start = typeof from === 'string' ? new Date(from) : from;
  if (Number.isNaN(start.getTime())) throw new RangeError('deadlineFrom: invalid start time');
  if (!(hours > 0)) throw new RangeError('deadlineFrom: hours must be positive');
  return new Date(start.getTime() + Math.round(hours * HOUR_MS)).toISOString();
}

/**
 * The default department and deadline for a case. `from` is the submit time
 * (the clock runs from the moment the resident reported, as with 12345); a
 * case reassigned after a dispute should pass the reassignment time instead,
 * or its deadline would already be past.
 */
export function route(
  rules: readonly RoutingRule[],
  subject: { categoryId: string; areaId: string | null },
  from: Date | string,
): Route | null {
  const rule = matchRule(rules, subject.categoryId, subject.areaId);
  if (rule === null) return null;
  return { departmentId: rule.departmentId, deadline: deadlineFrom(from, rule.deadlineHours), deadlineHours: rule.deadlineHours, rule };
}

/** Staff chose something other than the rule's proposal: the assignment needs a reason. */
export function overridesRoute(proposed: Route | null, departmentId: string, deadline: string): boolean {
  if (proposed === null) return false;
  return proposed.departmentId !== departmentId || Date.parse(proposed.deadline) !== Date.parse(deadline);
}
