import { sql } from 'kysely';
import { openDatabase } from '../../../server/db/connect';

describe('statements on PostgreSQL', () => {
  it('are prepared once per connection and reused, parameterised ones only', async () => {
    const database = await openDatabase({ url: process.env.TEST_DATABASE_URL!, maxConnections: 1 });
    try {
      for (let i = 0; i < 3; i++) await sql`select ${i}::int + 1 as n`.execute(database.db);
      await sql`select 1`.execute(database.db);
      const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements where statement not like '%pg_prepared_statements%'`.execute(database.db);
      expect(rows.map((r) => r.statement)).toEqual(['select $1::int + 1 as n']);
    } finally {
      await database.close();
    }
  });
});
