import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Actor, Role } from './actor';
import { newId } from './ids';

/** Appends who did what to which subject, in the use case's own transaction. */
export async function recordAudit(
  db: Kysely<DB>,
  actor: Actor,
  entry: { role: Role; action: string; subjectType: string; subjectId: string; data?: Record<string, unknown>; at: Date },
): Promise<void> {
  await db
    .insertInto('auditEvents')
    .values({
      id: newId(),
      countyId: actor.countyId,
      actorId: actor.userId,
      actorRole: entry.role,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      data: JSON.stringify(entry.data ?? {}),
      at: entry.at,
    })
    .execute();
}

/**
 * What the deployment itself did, with no person behind it (a county made by
 * `npm run county` or the setup function, its admin claim code issued): the
 * actor is empty and the role says which tool did it.
 */
export async function recordSystemAudit(
  db: Kysely<DB>,
  countyId: string,
  entry: { by: SystemActor; action: string; subjectType: string; subjectId: string; data?: Record<string, unknown>; at: Date },
): Promise<void> {
  await db
    .insertInto('auditEvents')
    .values({
      id: newId(),
      countyId,
      actorId: null,
      actorRole: entry.by,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      data: JSON.stringify(entry.data ?? {}),
      at: entry.at,
    })
    .execute();
}

/** The tools that set a county up: the county CLI and the setup cloud function. */
export type SystemActor = 'county-cli' | 'setup-function';
