import type { UseCaseContext } from '../../../core/action';
import type { Department } from '../contracts';
import { departmentsOf } from '../rows';

/** The county's departments, for the assignment picker. */
export function listDepartments({ db, actor }: UseCaseContext): Promise<Department[]> {
  return departmentsOf(db, actor.countyId);
}
