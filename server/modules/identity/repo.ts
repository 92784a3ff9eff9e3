import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export function countyOf(db: Kysely<DB>, countyId: string) {
  return db.selectFrom('counties').select(['id', 'name']).where('id', '=', countyId).executeTakeFirstOrThrow();
}

export function guardiansOf(db: Kysely<DB>, minorId: string) {
  return db
    .selectFrom('guardianships as g')
    .innerJoin('users as u', 'u.id', 'g.guardianId')
    .select(['u.id', 'u.name'])
    .where('g.minorId', '=', minorId)
    .execute();
}

export function wardsOf(db: Kysely<DB>, guardianId: string) {
  return db
    .selectFrom('guardianships as g')
    .innerJoin('users as u', 'u.id', 'g.minorId')
    .select(['u.id', 'u.name'])
    .where('g.guardianId', '=', guardianId)
    .execute();
}

export function renameUser(db: Kysely<DB>, userId: string, name: string) {
  return db.updateTable('users').set({ name }).where('id', '=', userId).execute();
}
