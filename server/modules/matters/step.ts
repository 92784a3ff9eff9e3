import type { UseCaseContext } from '../../core/action';
import { fail } from '../../core/errors';
import type { HouseholdPlace } from '../places/facade';
import { stepRefusal, type MatterStep } from './domain/matter';
import { managerRole, REFUSALS } from './permissions';
import { findMatter, MatterRow } from './repo';
import { placeOf } from './views';

export interface MatterForStep {
  row: MatterRow;
  place: HouseholdPlace;
  role: 'captain' | 'staff';
}

/**
 * A matter that the caller may move now: it exists in their county, they look
 * after its building (FORBIDDEN otherwise) and the step may start from its
 * status (CONFLICT otherwise: answered once; nothing after resolved or reported). The step itself is a conditional
 * update on the version read here, so a racing step still loses.
 */
export async function matterForStep(ctx: UseCaseContext, step: MatterStep, matterId: string): Promise<MatterForStep> {
  const row = await findMatter(ctx.db, ctx.actor.countyId, matterId);
  if (!row) throw fail.notFound('没有找到这件事');
  const place = await placeOf(ctx.db, ctx.actor.countyId, row);
  const role = managerRole(ctx.actor, place);
  if (!role) throw fail.forbidden(REFUSALS.notManager);
  const refusal = stepRefusal(row.status, step);
  if (refusal) throw fail.conflict(refusal);
  return { row, place, role };
}

/** Where a matter opens in the app (inbox links). */
export function matterLink(matterId: string): string {
  return `/features/matters/pages/matter/index?id=${matterId}`;
}

/** 楼长 or 社区: who a resident is told acted on their matter. */
export function actorTitle(role: 'captain' | 'staff'): string {
  return role === 'captain' ? '楼长' : '社区';
}

/** The first words of a text, for an inbox line. */
export function excerpt(text: string, length = 40): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : chars.join('');
}
