import { sql, type Kysely } from 'kysely';
import { AppError } from '../core/errors';
import { MIGRATION_NAMES } from './migrations/names';

export type SchemaState =
  /** Every migration this code needs is applied; `newer` ones from a later release may be too. */
  | { state: 'ready'; newer: string[] }
  /** The database is older than the code: `npm run migrate` (or the migrate function) has not run yet. */
  | { state: 'behind'; missing: string[] };

/** Kysely's record of applied migrations. */
const MIGRATION_TABLE = 'kysely_migration';

/** Reads which migrations the database has: one indexed read, no DDL, no lock. */
export async function readSchemaState<T>(db: Kysely<T>, needed: readonly string[] = MIGRATION_NAMES): Promise<SchemaState> {
  let applied: string[];
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
    applied = rows.map((r) => r.name);
  } catch (error) {
    // No migration table yet: an empty database.
    if ((error as { code?: string }).code === '42P01') return { state: 'behind', missing: [...needed] };
    throw error;
  }
  const have = new Set(applied);
  const missing = needed.filter((name) => !have.has(name));
  if (missing.length > 0) return { state: 'behind', missing };
  const known = new Set(needed);
  return { state: 'ready', newer: applied.filter((name) => !known.has(name)).sort() };
}

export interface SchemaGate {
  /** Resolves when the schema serves this code; otherwise throws UNAVAILABLE. */
  check(): Promise<void>;
}

/**
 * A function's cold start reads the schema version instead of migrating it.
 * A database older than the code answers every call with UNAVAILABLE (and
 * looks again after `recheckMs`, so the functions recover by themselves once
 * the migration has run); one that is current or newer (the expand step of the
 * next release) is remembered and never read again by this instance.
 */
export function schemaGate<T>(db: Kysely<T>, options: { recheckMs?: number; now?: () => number; log?: (message: string) => void } = {}): SchemaGate {
  const recheckMs = options.recheckMs ?? 5_000;
  const now = options.now ?? (() => Date.now());
  let ready = false;
  let lastLook = -Infinity;
  let looking: Promise<void> | undefined;
  const look = async () => {
    // A failed read (the database unreachable) says nothing about the version: the next call reads again.
    const state = await readSchemaState(db);
    lastLook = now();
    if (state.state === 'ready') {
      ready = true;
      return;
    }
    options.log?.(`数据库结构比代码旧，缺少 ${state.missing.join(', ')}：请先运行 npm run migrate`);
  };
  return {
    async check() {
      if (ready) return;
      if (now() - lastLook >= recheckMs) {
        looking ??= look().finally(() => (looking = undefined));
        await looking;
      } else if (looking) {
        await looking;
      }
      if (!ready) throw new AppError('UNAVAILABLE');
    },
  };
}
