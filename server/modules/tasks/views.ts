import type { Kysely } from 'kysely';
import { beijingDay } from '../../core/clock';
import type { DB } from '../../db/schema';
import { userNames } from '../identity/facade';
import { namesOfPlaces } from '../places/facade';
import { LEVEL_LABELS, type TaskNodeView } from './contracts';
import { rollUp, shownPercent } from './domain/rollup';
import { isOverdue } from './domain/week';
import type { NodeRow } from './repo';

/** The names a set of nodes shows (units, areas, assignees), one query each. */
export async function namesFor(db: Kysely<DB>, rows: readonly Pick<NodeRow, 'leadUnitId' | 'responsibleUnitIds' | 'cooperatingUnitIds' | 'areaId' | 'assigneeId'>[]) {
  const [units, areas, people] = await Promise.all([
    namesOfPlaces(db, 'departments', rows.flatMap((r) => [r.leadUnitId, ...r.responsibleUnitIds, ...r.cooperatingUnitIds])),
    namesOfPlaces(db, 'areas', rows.map((r) => r.areaId)),
    userNames(db, rows.flatMap((r) => (r.assigneeId ? [r.assigneeId] : []))),
  ]);
  return { units, areas, people };
}
export type Names = Awaited<ReturnType<typeof namesFor>>;

/**
 * Progress by weight of every node: a node still counted from the nodes still
 * counted (a withdrawn child weighs nothing); a withdrawn one reads what its
 * own part of the tree stood at, so what was reported stays visible.
 */
export function progressOf(rows: readonly Pick<NodeRow, 'id' | 'parentId' | 'weight' | 'progress' | 'withdrawnAt'>[]): Map<string, number> {
  const toRoll = (list: typeof rows) => list.map((r) => ({ id: r.id, parentId: r.parentId, weight: r.weight, progress: r.progress }));
  const counted = rollUp(toRoll(rows.filter((r) => r.withdrawnAt === null)));
  const whole = rollUp(toRoll(rows));
  return new Map(rows.map((r) => [r.id, (r.withdrawnAt === null ? counted.get(r.id) : whole.get(r.id)) ?? 0] as const));
}

/** The plan as a forest: every node with its progress rolled up by weight (withdrawn ones shown, counted nowhere). */
export function buildForest(rows: readonly NodeRow[], names: Names, now: Date): TaskNodeView[] {
  const today = beijingDay(now);
  const progress = progressOf(rows);
  const views = new Map<string, TaskNodeView>();
  for (const r of rows) views.set(r.id, nodeView(r, names, shownPercent(progress.get(r.id) ?? 0), today));
  const roots: TaskNodeView[] = [];
  for (const r of rows) {
    const v = views.get(r.id)!;
    const parent = r.parentId ? views.get(r.parentId) : undefined;
    if (parent) parent.children.push(v);
    else roots.push(v);
  }
  return roots;
}

export function nodeView(r: NodeRow, names: Names, progress: number, today: string): TaskNodeView {
  const unit = (id: string) => names.units.get(id) ?? '';
  const done = progress >= 100;
  return {
    id: r.id,
    parentId: r.parentId,
    level: r.level,
    levelLabel: LEVEL_LABELS[r.level],
    title: r.title,
    version: r.version,
    leadUnitId: r.leadUnitId,
    responsibleUnitIds: r.responsibleUnitIds,
    cooperatingUnitIds: r.cooperatingUnitIds,
    areaId: r.areaId,
    assigneeId: r.assigneeId,
    leadUnit: unit(r.leadUnitId),
    responsibleUnits: r.responsibleUnitIds.map(unit),
    cooperatingUnits: r.cooperatingUnitIds.map(unit),
    area: r.areaId ? (names.areas.get(r.areaId) ?? null) : null,
    dueOn: r.dueOn,
    weight: r.weight,
    assignee: r.assigneeId ? (names.people.get(r.assigneeId) ?? null) : null,
    progress,
    done,
    overdue: r.withdrawnAt === null && isOverdue({ dueOn: r.dueOn, done }, today),
    escalated: r.escalatedAt !== null,
    withdrawn: r.withdrawnAt !== null,
    withdrawReason: r.withdrawReason,
    children: [],
  };
}

/** The titles above a node, top first. */
export function pathOf(rows: readonly Pick<NodeRow, 'id' | 'parentId' | 'title'>[], id: string): string[] {
  const byId = new Map(rows.map((r) => [r.id, r] as const));
  const path: string[] = [];
  let at = byId.get(id)?.parentId ?? null;
  while (at) {
    const node = byId.get(at);
    if (!node) break;
    path.unshift(node.title);
    at = node.parentId;
  }
  return path;
}
