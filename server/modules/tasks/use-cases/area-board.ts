import type { UseCaseContext } from '../../../core/action';
import { scopesOf } from '../../../core/actor';
import { iso } from '../../../core/clock';
import type { BoardEntry } from '../contracts';
import { escalatedInAreas } from '../repo';
import { namesFor } from '../views';

/** 片区分指挥部's board: the overdue tasks escalated to the caller's areas, and only those. */
export async function areaBoard({ db, actor }: UseCaseContext): Promise<BoardEntry[]> {
  const rows = await escalatedInAreas(db, actor.countyId, scopesOf(actor, 'area_lead'));
  const names = await namesFor(db, rows.map((r) => ({ leadUnitId: r.leadUnitId, responsibleUnitIds: [], cooperatingUnitIds: [], areaId: r.areaId, assigneeId: r.assigneeId })));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    area: names.areas.get(r.areaId) ?? '',
    leadUnit: names.units.get(r.leadUnitId) ?? '',
    assignee: r.assigneeId ? (names.people.get(r.assigneeId) ?? null) : null,
    dueOn: r.dueOn,
    progress: r.progress,
    escalatedAt: iso(r.escalatedAt),
  }));
}
