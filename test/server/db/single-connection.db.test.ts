import { sql } from 'kysely';
import { newId } from '../../../server/core/ids';
import { useTestDatabase } from '../../support/db';

const t = useTestDatabase();

describe('the database connection', () => {
  it('runs 50 concurrent read-lock-increment transactions without losing one', async () => {
    // A counter row in a scratch county-independent table of its own.
    const table = `counter_${newId().replace(/-/g, '')}`;
    await sql.raw(`create table ${table} (id int primary key, n int not null)`).execute(t.db);
    await sql.raw(`insert into ${table} values (1, 1)`).execute(t.db);

    await Promise.all(
      Array.from({ length: 50 }, () =>
        t.db.transaction().execute(async (trx) => {
          const { rows } = await sql<{ n: number }>`select n from ${sql.table(table)} where id = 1 for update`.execute(trx);
          await new Promise((resolve) => setImmediate(resolve));
          await sql`update ${sql.table(table)} set n = ${rows[0].n + 1} where id = 1`.execute(trx);
        }),
      ),
    );

    const { rows } = await sql<{ n: number }>`select n from ${sql.table(table)} where id = 1`.execute(t.db);
    expect(rows[0].n).toBe(51);
    await sql.raw(`drop table ${table}`).execute(t.db);
  });

  it('rolls back everything a failed transaction wrote', async () => {
    const table = `rollback_${newId().replace(/-/g, '')}`;
    await sql.raw(`create table ${table} (id int primary key)`).execute(t.db);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await sql`insert into ${sql.table(table)} values (1)`.execute(trx);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const { rows } = await sql<{ c: number }>`select count(*)::int as c from ${sql.table(table)}`.execute(t.db);
    expect(rows[0].c).toBe(0);
    await sql.raw(`drop table ${table}`).execute(t.db);
  });
});
