import { sql, type Kysely, type Selectable } from 'kysely';
import { fail } from '../../core/errors';
import type { DB, NoticesTable } from '../../db/schema';

export type NoticeRow = Selectable<NoticesTable> & { buildingName: string; communityId: string };

export async function loadNotice(db: Kysely<DB>, countyId: string, noticeId: string, lock = false): Promise<NoticeRow> {
  const row = await db
    .selectFrom('notices as n')
    .innerJoin('buildings as b', 'b.id', 'n.buildingId')
    .selectAll('n')
    .select(['b.name as buildingName', 'b.communityId'])
    .where('n.id', '=', noticeId)
    .where('n.countyId', '=', countyId)
    .$if(lock, (q) => q.forUpdate('n'))
    .executeTakeFirst();
  if (!row) throw fail.notFound('没有找到这条通知');
  return row;
}

export async function buildingOf(db: Kysely<DB>, countyId: string, buildingId: string) {
  return db
    .selectFrom('buildings')
    .select(['id', 'name', 'communityId'])
    .where('id', '=', buildingId)
    .where('countyId', '=', countyId)
    .executeTakeFirst();
}

export async function unitsOfBuilding(db: Kysely<DB>, buildingId: string) {
  return db.selectFrom('units').select(['id', 'name']).where('buildingId', '=', buildingId).orderBy('name').execute();
}

export async function noticeUnitIds(db: Kysely<DB>, noticeIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (noticeIds.length === 0) return map;
  const rows = await db.selectFrom('noticeUnits').select(['noticeId', 'unitId']).where('noticeId', 'in', noticeIds).execute();
  for (const r of rows) map.set(r.noticeId, [...(map.get(r.noticeId) ?? []), r.unitId]);
  return map;
}

export async function countHouseholds(db: Kysely<DB>, unitIds: string[]): Promise<number> {
  const row = await db.selectFrom('households').select((eb) => eb.fn.countAll<number>().as('n')).where('unitId', 'in', unitIds).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** People living now in households of these units: who a notice speaks to. */
export async function residentsOfUnits(db: Kysely<DB>, unitIds: string[], onlyHouseholdsNotIn?: { noticeId: string }) {
  return db
    .selectFrom('householdRequests as r')
    .innerJoin('households as h', 'h.id', 'r.householdId')
    .select(['r.userId', 'r.householdId'])
    .where('h.unitId', 'in', unitIds)
    .where('r.status', '=', 'approved')
    .$if(onlyHouseholdsNotIn !== undefined, (q) =>
      q.where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('noticeReads as nr').select(sql`1`.as('one')).where('nr.noticeId', '=', onlyHouseholdsNotIn!.noticeId).whereRef('nr.householdId', '=', 'r.householdId'))),
      ),
    )
    .execute();
}

/** Whether the household's unit is in the notice's audience. */
export async function reachesUnit(db: Kysely<DB>, noticeId: string, unitId: string): Promise<boolean> {
  const row = await db.selectFrom('noticeUnits').select('unitId').where('noticeId', '=', noticeId).where('unitId', '=', unitId).executeTakeFirst();
  return row !== undefined;
}
