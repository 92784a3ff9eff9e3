import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { countyOf } from '../campaign/facade';
import { findArea, findBuilding, findCommunity, findDepartment, findStation } from '../places/facade';
import { teamName } from '../volunteers/facade';
import { SCOPE_OF_ROLE, type AppointableRole } from './domain/appointment-rules';

export interface Scope {
  name: string;
  /** A building's community: whose staff may appoint its captain. */
  communityId: string | null;
}

/** The scope a post is over, found in the county (null when it is not the county's), with a name people read. */
export async function describeScope(db: Kysely<DB>, countyId: string, role: AppointableRole, scopeId: string): Promise<Scope | null> {
  switch (SCOPE_OF_ROLE[role]) {
    case 'county':
      return scopeId === countyId ? { name: (await countyOf(db, countyId)).name, communityId: null } : null;
    case 'community': {
      const c = await findCommunity(db, countyId, scopeId);
      return c ? { name: c.name, communityId: c.id } : null;
    }
    case 'building': {
      const b = await findBuilding(db, countyId, scopeId);
      return b ? { name: `${b.communityName} ${b.name}`, communityId: b.communityId } : null;
    }
    case 'department': {
      const d = await findDepartment(db, countyId, scopeId);
      return d ? { name: d.name, communityId: null } : null;
    }
    case 'station': {
      const s = await findStation(db, countyId, scopeId);
      return s ? { name: s.name, communityId: null } : null;
    }
    case 'area': {
      const a = await findArea(db, countyId, scopeId);
      return a ? { name: a.name, communityId: null } : null;
    }
    case 'team': {
      const name = await teamName(db, countyId, scopeId);
      return name ? { name, communityId: null } : null;
    }
    default:
      return null;
  }
}
