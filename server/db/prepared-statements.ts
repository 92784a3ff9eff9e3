import { createHash } from 'node:crypto';

type QueryFn = (...args: unknown[]) => unknown;

const names = new Map<string, string>();
const MAX_NAMES = 5000;
/** Part of every name: bumped when the schema changed under a warm connection, so statements are prepared afresh. */
let epoch = 0;

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    if (names.size >= MAX_NAMES) names.clear();
    name = `k${epoch}_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Names every parameterised statement by its text, so that `pg` prepares it once
 * per connection and PostgreSQL plans it once. For the campaign's hot paths the
 * planning costs more than the execution (signing: ~1.5 ms to plan, ~0.3 ms to
 * run). Kysely sends the same text for the same query shape, so the set of names
 * stays small; statements without parameters (BEGIN, COMMIT, DDL) are left alone.
 * Only on a direct connection: a transaction-mode pooler (PgBouncer 1.18) may run
 * the next statement on a server connection where the name does not exist.
 */
export function prepareStatementsOn(client: { query: QueryFn }): void {
  const query = client.query.bind(client) as QueryFn;
  client.query = (config: unknown, values?: unknown, callback?: unknown) => {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0 && callback === undefined) {
      return query({ name: statementName(config), text: config, values });
    }
    return callback === undefined ? query(config, values) : query(config, values, callback);
  };
}

/**
 * A migration changed a table a prepared statement reads whole (PostgreSQL
 * answers 0A000 "cached plan must not change result type"): every statement
 * gets a new name, so each connection prepares it again against the new schema.
 */
export function forgetPreparedStatements(): void {
  epoch += 1;
  names.clear();
}

/** The error a warm prepared statement meets after such a migration; the transaction was rolled back. */
export function isStalePlan(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '0A000' && /cached plan/.test(String((error as Error).message));
}
