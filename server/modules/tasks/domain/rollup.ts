/**
 * Progress of the plan tree, rolled up by weight (as Decidim's accountability
 * results): a person's task is its last reported percentage; a node with
 * children is the weighted mean of its children's progress; a node without
 * children and without a report of its own stands at 0.
 */
export interface RollNode {
  id: string;
  parentId: string | null;
  weight: number;
  /** Its own reported progress (only a leaf's counts). */
  progress: number;
}

export function rollUp(nodes: readonly RollNode[]): Map<string, number> {
  const children = new Map<string, RollNode[]>();
  for (const n of nodes) {
    if (n.parentId === null) continue;
    const list = children.get(n.parentId) ?? [];
    list.push(n);
    children.set(n.parentId, list);
  }
  const result = new Map<string, number>();
  const visit = (n: RollNode): number => {
    const known = result.get(n.id);
    if (known !== undefined) return known;
    const kids = children.get(n.id) ?? [];
    let value: number;
    if (kids.length === 0) value = clamp(n.progress);
    else {
      const total = kids.reduce((sum, k) => sum + k.weight, 0);
      value = total > 0 ? kids.reduce((sum, k) => sum + k.weight * visit(k), 0) / total : 0;
    }
    result.set(n.id, value);
    return value;
  };
  for (const n of nodes) visit(n);
  return result;
}

/** What people read: a whole percentage, 99.6 shown as 99 so that only finished work reads 100. */
export function shownPercent(value: number): number {
  return value >= 100 ? 100 : Math.floor(value);
}

const clamp = (p: number) => Math.max(0, Math.min(100, p));
