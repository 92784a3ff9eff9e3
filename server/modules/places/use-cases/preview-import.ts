import type { UseCaseContext } from '../../../core/action';
import type { ImportPreview } from '../contracts';
import { householdLabel } from '../domain/household-label';
import { planImport } from '../import-plan';
import { assertPlacesAdmin, sheetBytes } from '../sheet-source';

const SHOWN_REFUSALS = 500;

/** What importing the sheet would add, keep and refuse, before anything is written. */
export async function previewImport(ctx: UseCaseContext, input: { fileName: string; data?: string; fileId?: string }): Promise<ImportPreview> {
  assertPlacesAdmin(ctx);
  const plan = await planImport(ctx.db, ctx.actor.countyId, input.fileName, await sheetBytes(ctx, input));
  return {
    digest: plan.digest,
    counts: plan.counts,
    unchanged: plan.unchanged,
    refused: plan.refused.slice(0, SHOWN_REFUSALS),
    refusedTotal: plan.refused.length,
    sample: plan.adding.slice(0, 5).map((r) => ({ line: r.line, label: householdLabel({ communityName: r.community, buildingName: r.building, unitName: r.unit, room: r.room }) })),
  };
}
