import type { Kysely } from 'kysely';
import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import type { DB } from '../../../db/schema';
import type { PartWeight, WeightsView } from '../contracts';
import { ASSESSMENT_PARTS, type AssessmentPart, DEFAULT_WEIGHTS, PART_LABELS } from '../domain/parts';
import { checkWeights, type Weights } from '../domain/scoring';
import { saveWeights, weightRows } from '../repo';

/**
 * The county's weights: the admin's once set, else the defaults. A part added
 * since the admin saved theirs (e.g. 任务完成 after four were saved) counts 0:
 * their saved weights still add up to 100 and every total stays as they chose,
 * until they give the new part a weight on the weights page (which lists it).
 */
export async function currentWeights(db: Kysely<DB>, countyId: string): Promise<{ weights: Weights; custom: boolean; added: AssessmentPart[] }> {
  const rows = await weightRows(db, countyId);
  if (rows.length === 0) return { weights: { ...DEFAULT_WEIGHTS }, custom: false, added: [] };
  const set = new Map(rows.map((r) => [r.part, r.weight]));
  return {
    weights: Object.fromEntries(ASSESSMENT_PARTS.map((p) => [p, set.get(p) ?? 0])) as Weights,
    custom: true,
    added: ASSESSMENT_PARTS.filter((p) => !set.has(p)),
  };
}

export const weightList = (weights: Weights): PartWeight[] => ASSESSMENT_PARTS.map((part) => ({ part, label: PART_LABELS[part], weight: weights[part] }));

export async function getWeights(ctx: UseCaseContext): Promise<WeightsView> {
  const { weights, custom, added } = await currentWeights(ctx.db, ctx.actor.countyId);
  return { parts: weightList(weights), custom, added };
}

/** The admin sets the weights: every part, whole numbers 0–100, adding up to 100. */
export async function setWeights(ctx: UseCaseContext, input: { weights: Record<string, number> }): Promise<WeightsView> {
  const { db, actor, now } = ctx;
  const issues = checkWeights(input.weights);
  if (issues.length > 0) throw fail.validation(issues[0].message, issues);
  await saveWeights(db, actor.countyId, input.weights, actor.userId, now);
  await recordAudit(db, actor, { role: 'admin', action: 'assessment.setWeights', subjectType: 'county', subjectId: actor.countyId, data: { weights: input.weights }, at: now });
  return getWeights(ctx);
}
