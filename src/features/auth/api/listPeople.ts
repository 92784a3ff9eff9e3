import { demoPeople, type DemoPerson } from '../../../lib/cloud'

/** GET /api/_demo/people — the demo county's people to sign in as (local server only). */
export function listPeople(): Promise<DemoPerson[]> {
  return demoPeople()
}
