import type { UseCaseContext } from '../../../core/action';
import { householdPlaces } from '../../places/facade';
import type { MyBinding } from '../contracts';
import { requestsOfUser } from '../repo';
import { toBinding } from './to-binding';

export async function myBinding({ db, actor }: UseCaseContext): Promise<MyBinding> {
  const rows = await requestsOfUser(db, actor.userId);
  const places = await householdPlaces(db, actor.countyId, [...new Set(rows.map((r) => r.householdId))]);
  const placeOf = (id: string) => places.find((p) => p.householdId === id);
  const current = rows.find((r) => r.status === 'approved');
  const pending = rows.find((r) => r.status === 'pending');
  const last = rows.find((r) => r.status === 'rejected' || r.status === 'approved');
  return {
    current: current ? toBinding(current, placeOf(current.householdId)) : null,
    pending: pending ? toBinding(pending, placeOf(pending.householdId)) : null,
    lastDecision: last ? toBinding(last, placeOf(last.householdId)) : null,
  };
}
