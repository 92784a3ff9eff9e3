import { Kysely, Migrator } from 'kysely';
import { migrations } from './migrations';

/**
 * Applies pending migrations in one transaction under Kysely's migration lock
 * (a transaction-scoped advisory lock on PostgreSQL, so two deployers at once
 * apply each migration once). Returns the names applied now. Only the deploy
 * step calls this: `npm run migrate` or the `migrate` cloud function.
 */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
