import { rollUp, shownPercent } from './rollup';
import { beijingWeek, weekStatus } from './week';

/** A node of the plan as the dashboard's figure needs it. */
export interface StandingNode {
  id: string;
  parentId: string | null;
  level: 'plan' | 'year' | 'month' | 'person';
  areaId: string | null;
  dueOn: string;
  weight: number;
  progress: number;
  /** The Beijing day it was finished, or null. */
  doneDay: string | null;
  createdAt: Date;
}

export interface PlanStanding {
  planId: string;
  /** The plan's progress rolled up by weight (of the 片区's part of it when one is chosen), whole, 0–100; null when the chosen 片区 has no part of the plan. */
  percent: number | null;
  /** The people's tasks counted (the 片区's when one is chosen). */
  taskCount: number;
  /** This Beijing week's counts, as the weekly report counts them (domain/week.ts). */
  done: number;
  late: number;
  atRisk: number;
  weekStart: string;
  weekEnd: string;
}

/**
 * The county's current plan: the latest made whose deadline has not passed;
 * when every plan has ended, the one that ended last. Null without a plan.
 */
export function currentPlan<T extends Pick<StandingNode, 'id' | 'parentId' | 'dueOn' | 'createdAt'>>(nodes: readonly T[], today: string): T | null {
  const plans = nodes.filter((n) => n.parentId === null);
  const running = plans.filter((p) => p.dueOn >= today).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  if (running.length) return running[0];
  return [...plans].sort((a, b) => b.dueOn.localeCompare(a.dueOn) || b.createdAt.getTime() - a.createdAt.getTime())[0] ?? null;
}

/**
 * Where the current plan stands today. With a 片区 chosen, the plan is cut
 * down to the 片区's part: its leaves in that 片区 (a person's task, or a step
 * not yet broken down) and the levels above them, so each level keeps its
 * weight among what the 片区 was given; a 片区 given nothing has no percent.
 */
export function planStanding(nodes: readonly StandingNode[], today: string, areaId: string | null): PlanStanding | null {
  const plan = currentPlan(nodes, today);
  if (!plan) return null;
  const children = new Map<string, StandingNode[]>();
  for (const n of nodes) if (n.parentId !== null) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  // The plan's nodes, top down.
  const tree: StandingNode[] = [];
  const walk = (n: StandingNode) => {
    tree.push(n);
    for (const c of children.get(n.id) ?? []) walk(c);
  };
  walk(plan);

  let part = tree;
  if (areaId !== null) {
    const byId = new Map(tree.map((n) => [n.id, n] as const));
    const kept = new Set<string>();
    for (const leaf of tree) {
      if (leaf.areaId !== areaId || (children.get(leaf.id) ?? []).length > 0) continue;
      for (let at: StandingNode | undefined = leaf; at && !kept.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) kept.add(at.id);
    }
    part = tree.filter((n) => kept.has(n.id));
  }

  const rolled = rollUp(part);
  const week = beijingWeek(today);
  const people = part.filter((n) => n.level === 'person');
  const counts = { done: 0, late: 0, atRisk: 0 };
  for (const t of people) {
    const status = weekStatus(t, week);
    if (status) counts[status] += 1;
  }
  return {
    planId: plan.id,
    percent: part.length ? shownPercent(rolled.get(plan.id) ?? 0) : null,
    taskCount: people.length,
    ...counts,
    weekStart: week.start,
    weekEnd: week.end,
  };
}
