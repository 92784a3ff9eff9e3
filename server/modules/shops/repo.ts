import { sql, Kysely } from 'kysely';
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

export async function insertShop(
  db: Kysely<DB>,
  values: { id: string; countyId: string; communityId: string; name: string; address: string; contactPhone: string; ownerId: string; at: Date },
) {
  const { at, ...shop } = values;
  await db
    .insertInto('shops')
    .values({ ...shop, createdAt: at })
    .execute();
}

export function findShopPledge(db: Kysely<DB>, versionId: string, shopId: string) {
  return db
    .selectFrom('shopPledges')
    .select(['id', 'signerNo', 'signedAt'])
    .where('versionId', '=', versionId)
    .where('shopId', '=', shopId)
    .executeTakeFirst();
}

/** Same counter discipline as convention pledges: call with the version's counter locked. */
export async function insertShopPledgeAndCount(
  db: Kysely<DB>,
  values: { id: string; countyId: string; shopId: string; versionId: string; userId: string; at: Date },
): Promise<{ id: string; signerNo: number; signedAt: Date } | undefined> {
  const result = await sql<{ id: string; signerNo: number; signedAt: Date }>`
    with inserted as (
      insert into shop_pledges (id, county_id, shop_id, version_id, user_id, signer_no, signed_at)
      select ${values.id}, ${values.countyId}, ${values.shopId}, v.id, ${values.userId}, v.signer_count + 1, ${values.at}
      from convention_versions v where v.id = ${values.versionId}
      on conflict (version_id, shop_id) do nothing
      returning id, signer_no, signed_at
    ), counted as (
      update convention_versions set signer_count = signer_count + 1
      where id = ${values.versionId} and exists (select 1 from inserted)
    )
    select id, signer_no, signed_at from inserted`.execute(db);
  return result.rows[0];
}

export function shopsOfOwner(db: Kysely<DB>, ownerId: string) {
  return db
    .selectFrom('shops as s')
    .innerJoin('communities as c', 'c.id', 's.communityId')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('shopPledges as p')
          .innerJoin('conventionVersions as v', 'v.id', 'p.versionId')
          .select(['p.shopId', 'p.signedAt', 'p.signerNo', 'v.version', 'v.id as versionId'])
          .distinctOn('p.shopId')
          .orderBy('p.shopId')
          .orderBy('v.version', 'desc')
          .as('latest'),
      (join) => join.onRef('latest.shopId', '=', 's.id'),
    )
    .select(['s.id', 's.name', 's.address', 'c.name as communityName', 'latest.signedAt', 'latest.signerNo', 'latest.version', 'latest.versionId'])
    .where('s.ownerId', '=', ownerId)
    .orderBy('s.createdAt', 'desc')
    .execute();
}
