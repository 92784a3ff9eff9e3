import { sql, type Kysely } from 'kysely';
import type { DB, TaskLevel } from '../../db/schema';

/** Every node of a county's plan, with whether it was escalated. */
export function allNodes(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('taskNodes as t')
    .leftJoin('taskEscalations as e', 'e.taskId', 't.id')
    .select(['t.id', 't.parentId', 't.level', 't.title', 't.leadUnitId', 't.responsibleUnitIds', 't.cooperatingUnitIds', 't.areaId', 't.dueOn', 't.weight', 't.assigneeId', 't.progress', 't.doneAt', 't.createdAt', 't.version', 't.withdrawnAt', 't.withdrawReason', 'e.escalatedAt'])
    .where('t.countyId', '=', countyId)
    .orderBy('t.dueOn')
    .orderBy('t.createdAt')
    .execute();
}
export type NodeRow = Awaited<ReturnType<typeof allNodes>>[number];

export function findNode(db: Kysely<DB>, countyId: string, id: string) {
  return db.selectFrom('taskNodes').selectAll().where('countyId', '=', countyId).where('id', '=', id).executeTakeFirst();
}

/**
 * A parent-to-be held (shared) until the transaction ends: a withdrawal of it
 * waits for the node put under it, or the node sees it withdrawn.
 */
export function holdParent(db: Kysely<DB>, countyId: string, id: string) {
  return db.selectFrom('taskNodes').selectAll().where('countyId', '=', countyId).where('id', '=', id).forShare().executeTakeFirst();
}

/** The node's row held until the transaction ends: one progress report at a time. */
export function lockNode(db: Kysely<DB>, countyId: string, id: string) {
  return db.selectFrom('taskNodes').selectAll().where('countyId', '=', countyId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertNode(
  db: Kysely<DB>,
  row: {
    id: string;
    countyId: string;
    parentId: string | null;
    level: TaskLevel;
    title: string;
    leadUnitId: string;
    responsibleUnitIds: string[];
    cooperatingUnitIds: string[];
    areaId: string | null;
    dueOn: string;
    weight: number;
    assigneeId: string | null;
    createdBy: string;
    createdAt: Date;
  },
): Promise<void> {
  await db.insertInto('taskNodes').values(row).execute();
}

type NodeChanges = Partial<{
  parentId: string;
  title: string;
  leadUnitId: string;
  responsibleUnitIds: string[];
  cooperatingUnitIds: string[];
  areaId: string | null;
  dueOn: string;
  weight: number;
  assigneeId: string | null;
}>;

/**
 * Writes an edit or a move only onto the version the editor saw, and only
 * while the node is not withdrawn; raises the version. False when the node
 * changed since (another edit got there first): nothing is written.
 */
export async function updateNode(db: Kysely<DB>, countyId: string, id: string, version: number, changes: NodeChanges): Promise<boolean> {
  const row = await db
    .updateTable('taskNodes')
    .set({ ...changes, version: sql<number>`version + 1` })
    .where('countyId', '=', countyId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('withdrawnAt', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Withdraws the node itself, on the version seen; false when it changed since or was withdrawn already. */
export async function withdrawNode(db: Kysely<DB>, countyId: string, id: string, version: number, by: string, reason: string, at: Date): Promise<boolean> {
  const row = await db
    .updateTable('taskNodes')
    .set({ withdrawnAt: at, withdrawnBy: by, withdrawReason: reason, version: sql<number>`version + 1` })
    .where('countyId', '=', countyId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('withdrawnAt', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Withdraws every node under `id` still counted (a statement of its own, so it sees a node moved under it just before). */
export async function withdrawBelow(db: Kysely<DB>, countyId: string, id: string, by: string, reason: string, at: Date) {
  const { rows } = await sql<{ id: string; level: TaskLevel; title: string; assigneeId: string | null }>`
    with recursive below as (
      select id from task_nodes where parent_id = ${id} and county_id = ${countyId}
      union all
      select t.id from task_nodes t join below b on t.parent_id = b.id
    )
    update task_nodes set withdrawn_at = ${at}, withdrawn_by = ${by}, withdraw_reason = ${reason}, version = version + 1
    where id in (select id from below) and withdrawn_at is null
    returning id, level, title, assignee_id as "assigneeId"`.execute(db);
  return rows;
}

/** The ids of a node and everything under it. */
export async function subtreeIds(db: Kysely<DB>, countyId: string, id: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive sub as (
      select id from task_nodes where id = ${id} and county_id = ${countyId}
      union all
      select t.id from task_nodes t join sub s on t.parent_id = s.id
    )
    select id from sub`.execute(db);
  return rows.map((r) => r.id);
}

/** Of these nodes, those with progress reported. */
export async function withReports(db: Kysely<DB>, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('taskProgress').select('taskId').distinct().where('taskId', 'in', [...ids]).execute();
  return rows.map((r) => r.taskId);
}

/** The latest deadline among a node's children still counted (an edit may not set the node's own before it). */
export async function latestChildDue(db: Kysely<DB>, countyId: string, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('taskNodes')
    .select((eb) => eb.fn.max('dueOn').as('due'))
    .where('countyId', '=', countyId)
    .where('parentId', '=', id)
    .where('withdrawnAt', 'is', null)
    .executeTakeFirst();
  return (row?.due as string | null | undefined) ?? null;
}

export async function setProgress(db: Kysely<DB>, id: string, progress: number, doneAt: Date | null): Promise<void> {
  await db.updateTable('taskNodes').set({ progress, doneAt }).where('id', '=', id).execute();
}

export async function insertProgress(db: Kysely<DB>, row: { id: string; countyId: string; taskId: string; userId: string; percent: number; note: string; photos: string[]; createdAt: Date }): Promise<void> {
  await db.insertInto('taskProgress').values({ ...row, photos: JSON.stringify(row.photos) }).execute();
}

export function progressOf(db: Kysely<DB>, taskId: string) {
  return db.selectFrom('taskProgress').select(['id', 'percent', 'note', 'photos', 'userId', 'createdAt']).where('taskId', '=', taskId).orderBy('createdAt', 'desc').limit(50).execute();
}

/**
 * Each task's progress as of an instant: its last progress report made before
 * then (a task with none had 0%). The weekly report of a past week reads this,
 * so later reports never change it.
 */
export async function progressAsOf(db: Kysely<DB>, countyId: string, before: Date): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('taskProgress')
    .distinctOn('taskId')
    .select(['taskId', 'percent'])
    .where('countyId', '=', countyId)
    .where('createdAt', '<', before)
    .orderBy('taskId')
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.taskId, r.percent]));
}

/** People's tasks past their deadline, unfinished, with an area, never escalated (the scheduler's pass). */
export function overdueUnescalated(db: Kysely<DB>, today: string, limit: number, countyId?: string) {
  return db
    .selectFrom('taskNodes as t')
    .select(['t.id', 't.countyId', 't.areaId', 't.title', 't.assigneeId', 't.dueOn'])
    .where('t.level', '=', 'person')
    .where('t.doneAt', 'is', null)
    .where('t.withdrawnAt', 'is', null)
    .where('t.dueOn', '<', today)
    .where('t.areaId', 'is not', null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('taskEscalations as e').select('e.taskId').whereRef('e.taskId', '=', 't.id'))))
    .$if(countyId !== undefined, (q) => q.where('t.countyId', '=', countyId!))
    .orderBy('t.dueOn')
    .limit(limit)
    .execute();
}

/** Records the escalation; false when it was escalated already (another pass got there first: the key keeps it to one). */
export async function insertEscalation(db: Kysely<DB>, row: { taskId: string; countyId: string; areaId: string; escalatedAt: Date }): Promise<boolean> {
  const inserted = await db.insertInto('taskEscalations').values(row).onConflict((oc) => oc.column('taskId').doNothing()).returning('taskId').executeTakeFirst();
  return inserted !== undefined;
}

export function escalatedInAreas(db: Kysely<DB>, countyId: string, areaIds: readonly string[]) {
  if (areaIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('taskEscalations as e')
    .innerJoin('taskNodes as t', 't.id', 'e.taskId')
    .select(['t.id', 't.title', 't.leadUnitId', 't.assigneeId', 't.dueOn', 't.progress', 't.doneAt', 'e.areaId', 'e.escalatedAt'])
    .where('e.countyId', '=', countyId)
    .where('e.areaId', 'in', [...areaIds])
    .where('t.withdrawnAt', 'is', null)
    .orderBy('e.escalatedAt', 'desc')
    .execute();
}

/** How many of the caller's areas' escalated tasks are still unfinished (the 工作台 count). */
export async function openEscalations(db: Kysely<DB>, countyId: string, areaIds: readonly string[]): Promise<number> {
  if (areaIds.length === 0) return 0;
  const row = await db
    .selectFrom('taskEscalations as e')
    .innerJoin('taskNodes as t', 't.id', 'e.taskId')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('e.countyId', '=', countyId)
    .where('e.areaId', 'in', [...areaIds])
    .where('t.doneAt', 'is', null)
    .where('t.withdrawnAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Unfinished people's tasks given to a person or to the units they handle (the 工作台 count). */
export async function openTasksFor(db: Kysely<DB>, countyId: string, userId: string, unitIds: readonly string[]): Promise<number> {
  const row = await mineQuery(db, countyId, userId, unitIds)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('t.doneAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function mineQuery(db: Kysely<DB>, countyId: string, userId: string, unitIds: readonly string[]) {
  const units = unitIds.length ? [...unitIds] : ['00000000-0000-0000-0000-000000000000'];
  return db
    .selectFrom('taskNodes as t')
    .select(['t.id'])
    .where('t.countyId', '=', countyId)
    .where('t.level', '=', 'person')
    .where('t.withdrawnAt', 'is', null)
    .where((eb) => eb.or([eb('t.assigneeId', '=', userId), eb('t.leadUnitId', 'in', units), sql<boolean>`t.responsible_unit_ids && ${sql.val(units)}::uuid[]`]));
}

export async function mineIds(db: Kysely<DB>, countyId: string, userId: string, unitIds: readonly string[]): Promise<string[]> {
  return (await mineQuery(db, countyId, userId, unitIds).execute()).map((r) => r.id);
}

/** The units' signatures of these letter versions. */
export function lettersOf(db: Kysely<DB>, countyId: string, departmentIds: readonly string[]) {
  if (departmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('taskLetters')
    .select(['departmentId', 'versionId', 'signerNo', 'signedAt', 'userId'])
    .where('countyId', '=', countyId)
    .where('departmentId', 'in', [...departmentIds])
    .orderBy('signedAt', 'desc')
    .execute();
}

export function findLetter(db: Kysely<DB>, versionId: string, departmentId: string) {
  return db.selectFrom('taskLetters').select(['id', 'signerNo', 'signedAt']).where('versionId', '=', versionId).where('departmentId', '=', departmentId).executeTakeFirst();
}

/**
 * What the dashboard's task figure rests on: every node of the county's plans,
 * the few columns the roll-up and the week's counts need (one indexed read of
 * a county's tree, hundreds of rows).
 */
export function standingNodes(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('taskNodes')
    .select(['id', 'parentId', 'level', 'title', 'areaId', 'dueOn', 'weight', 'progress', 'doneAt', 'createdAt'])
    .where('countyId', '=', countyId)
    .where('withdrawnAt', 'is', null)
    .execute();
}

/**
 * The monthly assessment's 任务完成, per area: of the people's tasks with an
 * area due on a Beijing day in [fromDay, toDay) that are decided by `today`
 * (finished, or past their deadline), how many were finished (100%) on or
 * before their deadline day (Beijing). A task not yet due and not finished is
 * not counted yet: it can still be done on time.
 */
export async function areaCompletionOf(
  db: Kysely<DB>,
  countyId: string,
  fromDay: string,
  toDay: string,
  today: string,
): Promise<{ areaId: string; due: number; doneOnTime: number }[]> {
  const rows = await db
    .selectFrom('taskNodes as t')
    .select([
      't.areaId',
      sql<number>`(count(*) filter (where t.done_at is not null or t.due_on < ${today}::date))::int`.as('due'),
      sql<number>`(count(*) filter (where t.done_at is not null and (t.done_at at time zone 'Asia/Shanghai')::date <= t.due_on))::int`.as('doneOnTime'),
    ])
    .where('t.countyId', '=', countyId)
    .where('t.level', '=', 'person')
    .where('t.withdrawnAt', 'is', null)
    .where('t.areaId', 'is not', null)
    .where('t.dueOn', '>=', fromDay)
    .where('t.dueOn', '<', toDay)
    .groupBy('t.areaId')
    .execute();
  return rows.filter((r) => r.due > 0).map((r) => ({ areaId: r.areaId!, due: r.due, doneOnTime: r.doneOnTime }));
}
