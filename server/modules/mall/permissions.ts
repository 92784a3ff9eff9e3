import { Actor, holdsRoleIn, isCountyAdmin, scopesOf } from '../../core/actor';
import { fail } from '../../core/errors';

/** A station's mall is run by its staff; the county's command centre may run any. */
export function runsStation(actor: Actor, stationId: string): boolean {
  return isCountyAdmin(actor) || holdsRoleIn(actor, 'station', stationId);
}

export function assertRunsStation(actor: Actor, stationId: string): void {
  if (!runsStation(actor, stationId)) throw fail.forbidden('只有这个实践站的工作人员可以做这件事');
}

/** In which capacity, for the audit trail. */
export function stationRole(actor: Actor, stationId: string): 'station' | 'admin' {
  return holdsRoleIn(actor, 'station', stationId) ? 'station' : 'admin';
}

/** The stations the caller runs: every one of the county for its admin. */
export function stationsRun(actor: Actor): 'all' | string[] {
  return isCountyAdmin(actor) ? 'all' : scopesOf(actor, 'station');
}
