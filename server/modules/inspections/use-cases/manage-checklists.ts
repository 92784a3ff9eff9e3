import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { recordAudit } from '../../../core/audit';
import { newId } from '../../../core/ids';
import { SITE_TYPES, type ChecklistSummary, type ChecklistView, type SiteType } from '../contracts';
import { currentChecklistOf, currentChecklists, insertChecklistVersion, itemsOf } from '../repo';
import { checklistView } from '../views';

/** Every site type with its current checklist (or none yet). */
export async function listChecklists({ db, actor }: UseCaseContext): Promise<ChecklistSummary[]> {
  const rows = new Map((await currentChecklists(db, actor.countyId)).map((r) => [r.siteType, r] as const));
  return SITE_TYPES.map((siteType) => {
    const r = rows.get(siteType);
    return { siteType, id: r?.id ?? null, title: r?.title ?? null, version: r?.version ?? null, itemCount: r?.itemCount ?? 0, maxScore: r?.maxScore ?? 0 };
  });
}

/** A site type's current checklist; null while the county has none for it. */
export async function currentChecklist({ db, actor }: UseCaseContext, input: { siteType: SiteType }): Promise<ChecklistView | null> {
  const c = await currentChecklistOf(db, actor.countyId, input.siteType);
  return c ? checklistView(c, await itemsOf(db, c.id)) : null;
}

/**
 * Saves the checklist as a new version: inspections made with an earlier one
 * keep pointing at it (and are scored by it), new ones use this one.
 */
export async function saveChecklist(ctx: UseCaseContext, input: { siteType: SiteType; title: string; items: { title: string; standard: string; points: number }[] }): Promise<ChecklistView> {
  const { db, actor, now } = ctx;
  const id = newId();
  const version = await insertChecklistVersion(db, { id, countyId: actor.countyId, siteType: input.siteType, title: input.title, createdBy: actor.userId, createdAt: now }, input.items);
  await recordAudit(db, actor, { role: 'admin', action: 'inspections.saveChecklist', subjectType: 'inspection_checklist', subjectId: id, data: { siteType: input.siteType, version }, at: now });
  return { id, siteType: input.siteType, title: input.title, version, createdAt: iso(now), items: input.items.map((item, sort) => ({ sort, ...item })), maxScore: input.items.reduce((s, i) => s + i.points, 0) };
}
