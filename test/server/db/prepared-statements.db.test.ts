import { sql } from 'kysely';
import { openDatabase } from '../../../server/db/connect';
import { directTestDatabaseUrl, testDatabaseUrl } from '../../support/test-server';

async function preparedOn(url: string, preparedStatements: boolean | undefined): Promise<string[]> {
  const database = await openDatabase({ url, maxConnections: 1, preparedStatements });
  try {
    for (let i = 0; i < 3; i++) await sql`select ${i}::int + 1 as n`.execute(database.db);
    await sql`select 1`.execute(database.db);
    const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements where statement not like '%pg_prepared_statements%'`.execute(database.db);
    return rows.map((r) => r.statement);
  } finally {
    await database.close();
  }
}

describe('statements on PostgreSQL', () => {
  it('are never named by default, so a transaction-mode pooler can hand each transaction another server connection', async () => {
    expect(await preparedOn(testDatabaseUrl(), undefined)).toEqual([]);
  });

  it('are prepared once per connection and reused, parameterised ones only, when a direct connection turns them on', async () => {
    expect(await preparedOn(directTestDatabaseUrl(), true)).toEqual(['select $1::int + 1 as n']);
  });
});
