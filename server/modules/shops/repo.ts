import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export function findShop(db: Kysely<DB>, communityId: string, name: string, address: string) {
  return db
    .selectFrom('shops')
    .select(['id', 'ownerId'])
    .where('communityId', '=', communityId)
    .where('name', '=', name)
    .where('address', '=', address)
    .executeTakeFirst();
}

/**
 * Registers the shop, or finds it when it exists: a racing registration of the
 * same shop waits on the unique key and then reads the winner's row.
 */
export async function registerShop(
  db: Kysely<DB>,
  values: { id: string; countyId: string; communityId: string; name: string; address: string; contactPhone: string; ownerId: string; at: Date },
): Promise<{ id: string; ownerId: string }> {
  const { at, ...shop } = values;
  const inserted = await db
    .insertInto('shops')
    .values({ ...shop, createdAt: at })
    .onConflict((oc) => oc.columns(['communityId', 'name', 'address']).doNothing())
    .returning(['id', 'ownerId'])
    .executeTakeFirst();
  if (inserted) return inserted;
  const existing = await findShop(db, values.communityId, values.name, values.address);
  if (!existing) throw new Error('shop vanished between insert and read');
  return existing;
}

export function updateShopContact(db: Kysely<DB>, shopId: string, contactPhone: string) {
  return db.updateTable('shops').set({ contactPhone }).where('id', '=', shopId).where('contactPhone', '<>', contactPhone).execute();
}

export function findShopPledge(db: Kysely<DB>, versionId: string, shopId: string) {
  return db
    .selectFrom('shopPledges')
    .select(['id', 'signerNo', 'signedAt'])
    .where('versionId', '=', versionId)
    .where('shopId', '=', shopId)
    .executeTakeFirst();
}

/** The owner's shops, newest first (their communities' names are places'). */
export function shopsOfOwner(db: Kysely<DB>, ownerId: string) {
  return db.selectFrom('shops').select(['id', 'name', 'address', 'communityId']).where('ownerId', '=', ownerId).orderBy('createdAt', 'desc').execute();
}

/** Every pledge these shops signed (which version it was is the conventions'). */
export function pledgesOfShops(db: Kysely<DB>, shopIds: readonly string[]) {
  if (shopIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('shopPledges').select(['shopId', 'versionId', 'signedAt', 'signerNo']).where('shopId', 'in', [...shopIds]).execute();
}
