import { iso } from '../../../core/clock';
import { householdLabel, HouseholdPlace } from '../../places/facade';
import type { Binding } from '../contracts';
import type { HouseholdRequestsTable } from '../../../db/schema';
import type { Selectable } from 'kysely';

export function toBinding(row: Selectable<HouseholdRequestsTable>, place: HouseholdPlace | undefined): Binding {
  return {
    requestId: row.id,
    householdId: row.householdId,
    label: place ? householdLabel(place) : '',
    status: row.status,
    relation: row.relation,
    ...(row.reason ? { reason: row.reason } : {}),
    requestedAt: iso(row.requestedAt),
    ...(row.decidedAt ? { decidedAt: iso(row.decidedAt) } : {}),
  };
}
