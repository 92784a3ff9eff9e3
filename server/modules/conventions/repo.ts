import { sql, Kysely } from 'kysely';
import type { DB } from '../../db/schema';

function currentVersionQuery(db: Kysely<DB>) {
  return db
    .selectFrom('conventionVersions as v')
    .selectAll('v')
    .distinctOn('v.conventionId')
    .orderBy('v.conventionId')
    .orderBy('v.version', 'desc');
}

/**
 * The county's text of a given kind as it now reads: shops sign the current
 * shop pledge, so other modules get it here rather than reading our tables.
 */
export function currentCountyText(db: Kysely<DB>, countyId: string, kind: 'civic' | 'shop' | 'responsibility') {
  return currentVersionQuery(db)
    .innerJoin('conventions as c', 'c.id', 'v.conventionId')
    .where('c.countyId', '=', countyId)
    .where('c.kind', '=', kind)
    .executeTakeFirst();
}

/** A county-wide text (no community): its wording lives in its versions, so the row starts with the title only. */
export async function insertCountyConvention(db: Kysely<DB>, row: { id: string; countyId: string; kind: 'civic' | 'shop' | 'responsibility'; title: string }): Promise<void> {
  await db.insertInto('conventions').values({ id: row.id, countyId: row.countyId, kind: row.kind, communityId: null, title: row.title }).execute();
}

/** A county's conventions (the names of whom they bind are places' and the campaign's: use-cases/scope-name.ts). */
function conventionRows(db: Kysely<DB>, countyId: string) {
  return db.selectFrom('conventions as c').select(['c.id', 'c.kind', 'c.title', 'c.communityId']).where('c.countyId', '=', countyId);
}

export function findConvention(db: Kysely<DB>, countyId: string, conventionId: string) {
  return conventionRows(db, countyId).where('c.id', '=', conventionId).executeTakeFirst();
}

export function conventionsFor(db: Kysely<DB>, countyId: string, communityId: string | null) {
  return conventionRows(db, countyId)
    .where((eb) =>
      eb.or([eb('c.kind', '=', 'civic'), ...(communityId ? [eb.and([eb('c.kind', '=', 'residents'), eb('c.communityId', '=', communityId)])] : [])]),
    )
    .orderBy('c.kind')
    .execute();
}

/** The county's texts, and the residents' conventions of the given communities. */
export function conventionsOfScopes(db: Kysely<DB>, countyId: string, scopes: { county: boolean; communityIds: string[] }) {
  return conventionRows(db, countyId)
    .where((eb) => {
      const ors = [];
      if (scopes.county) ors.push(eb('c.kind', 'in', ['civic', 'shop', 'responsibility']));
      if (scopes.communityIds.length) ors.push(eb.and([eb('c.kind', '=', 'residents'), eb('c.communityId', 'in', scopes.communityIds)]));
      return eb.or(ors);
    })
    .orderBy('c.kind')
    .execute();
}

export function latestVersion(db: Kysely<DB>, conventionId: string) {
  return db
    .selectFrom('conventionVersions')
    .selectAll()
    .where('conventionId', '=', conventionId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function latestVersions(db: Kysely<DB>, conventionIds: string[]) {
  if (conventionIds.length === 0) return Promise.resolve([]);
  return currentVersionQuery(db).where('v.conventionId', 'in', conventionIds).execute();
}

export function findVersion(db: Kysely<DB>, countyId: string, versionId: string) {
  return db
    .selectFrom('conventionVersions')
    .selectAll()
    .where('countyId', '=', countyId)
    .where('id', '=', versionId)
    .executeTakeFirst();
}

export function pledgesOfUser(db: Kysely<DB>, userId: string, conventionIds: string[]) {
  if (conventionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('pledges as p')
    .innerJoin('conventionVersions as v', 'v.id', 'p.versionId')
    .select(['p.id', 'p.conventionId', 'p.versionId', 'p.signerNo', 'p.signedAt', 'v.version'])
    .where('p.userId', '=', userId)
    .where('p.conventionId', 'in', conventionIds)
    .orderBy('v.version', 'desc')
    .execute();
}

export function findPledge(db: Kysely<DB>, versionId: string, userId: string) {
  return db
    .selectFrom('pledges')
    .select(['id', 'signerNo', 'signedAt'])
    .where('versionId', '=', versionId)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

/** The version to sign, its convention and whether it is current: one keyed read. */
export function signTarget(db: Kysely<DB>, countyId: string, versionId: string) {
  return db
    .selectFrom('conventionVersions as v')
    .innerJoin('conventions as c', 'c.id', 'v.conventionId')
    .select([
      'v.id',
      'v.conventionId',
      'c.kind',
      'c.communityId',
      sql<boolean>`not exists (select 1 from convention_versions n where n.convention_id = v.convention_id and n.version > v.version)`.as('isCurrent'),
    ])
    .where('v.countyId', '=', countyId)
    .where('v.id', '=', versionId)
    .executeTakeFirst();
}

/**
 * One statement: lock the version's counter row (concurrent signers take numbers
 * in turn), take the next number, move the version's counter — and the
 * convention's total when this signer never signed an earlier version. Nothing
 * happens and nothing is returned when the signer (a person, or a shop for
 * 门前六包) already signed this version, or when a newer version was published;
 * the unique key (signer, version_id) is the final word on doubles either way.
 */
export async function insertNumberedSignature(
  db: Kysely<DB>,
  target: { table: 'pledges' | 'shop_pledges' | 'task_letters'; signerColumn: 'user_id' | 'shop_id' | 'department_id' },
  row: Record<string, string | Date> & { version_id: string },
): Promise<{ id: string; signerNo: number; signedAt: Date } | undefined> {
  const columns = Object.keys(row);
  const signer = row[target.signerColumn];
  const result = await sql<{ id: string; signerNo: number; signedAt: Date }>`
    with inserted as (
      insert into ${sql.table(target.table)} (${sql.join(columns.map((c) => sql.ref(c)))}, signer_no)
      select ${sql.join(columns.map((c) => row[c]))}, v.signer_count + 1
      from convention_versions v
      where v.id = ${row.version_id}
        and not exists (select 1 from convention_versions n where n.convention_id = v.convention_id and n.version > v.version)
        -- Someone who signed already is answered without queueing for the version's lock (the conflict clause still catches a racing twin).
        and not exists (select 1 from ${sql.table(target.table)} mine where mine.${sql.ref(target.signerColumn)} = ${signer} and mine.version_id = v.id)
      for update of v
      on conflict (${sql.ref(target.signerColumn)}, version_id) do nothing
      returning id, signer_no, signed_at
    ), counted as (
      update convention_versions set signer_count = signer_count + 1
      where id = ${row.version_id} and exists (select 1 from inserted)
      returning convention_id
    ), first_time as (
      update conventions c set signer_total = signer_total + 1
      from counted
      where c.id = counted.convention_id
        and not exists (
          select 1 from ${sql.table(target.table)} earlier
          join convention_versions ev on ev.id = earlier.version_id
          where earlier.${sql.ref(target.signerColumn)} = ${signer} and ev.convention_id = c.id and earlier.version_id <> ${row.version_id}
        )
    )
    select id, signer_no, signed_at from inserted`.execute(db);
  return result.rows[0];
}

/** People (shops) who ever signed each of the county's texts: counter reads, never a scan. */
export function signerTotals(db: Kysely<DB>, countyId: string) {
  return db.selectFrom('conventions').select(['kind', 'signerTotal']).where('countyId', '=', countyId).execute();
}

export function versionsOf(db: Kysely<DB>, conventionId: string) {
  return db
    .selectFrom('conventionVersions')
    .select(['id', 'version', 'title', 'publishedAt', 'signerCount'])
    .where('conventionId', '=', conventionId)
    .orderBy('version', 'desc')
    .execute();
}

export function findPledgeById(db: Kysely<DB>, countyId: string, pledgeId: string) {
  return db
    .selectFrom('pledges as p')
    .innerJoin('conventionVersions as v', 'v.id', 'p.versionId')
    .select(['p.id', 'p.userId', 'p.signerNo', 'p.signedAt', 'v.version', 'v.title', 'v.signerCount'])
    .where('p.countyId', '=', countyId)
    .where('p.id', '=', pledgeId)
    .executeTakeFirst();
}

export async function insertVersion(
  db: Kysely<DB>,
  values: { id: string; countyId: string; conventionId: string; version: number; title: string; preamble: string; articles: string[]; by: string | null; at: Date },
) {
  await db
    .insertInto('conventionVersions')
    .values({
      id: values.id,
      countyId: values.countyId,
      conventionId: values.conventionId,
      version: values.version,
      title: values.title,
      preamble: values.preamble,
      articles: JSON.stringify(values.articles),
      publishedAt: values.at,
      publishedBy: values.by,
    })
    .execute();
}


/** Every pledge a person signed, with the convention's title (their own data, for 个人信息查阅). */
export function pledgeRecordOf(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('pledges as p')
    .innerJoin('conventionVersions as v', 'v.id', 'p.versionId')
    .select(['v.title', 'v.version', 'p.signerNo', 'p.signedAt'])
    .where('p.userId', '=', userId)
    .orderBy('p.signedAt')
    .execute();
}

/** The version numbers of these texts' versions, by version id, in one statement. */
export async function versionNumbers(db: Kysely<DB>, versionIds: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(versionIds)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('conventionVersions').select(['id', 'version']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.version] as const));
}
