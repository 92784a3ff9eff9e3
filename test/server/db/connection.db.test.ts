import { sql } from 'kysely';
import { newId } from '../../../server/core/ids';
import { useTestDatabase } from '../../support/db';

const t = useTestDatabase();

async function scratchTable(columns: string): Promise<string> {
  const table = `scratch_${newId().replace(/-/g, '')}`;
  await sql.raw(`create table ${table} (${columns})`).execute(t.db);
  return table;
}

describe('the database connection', () => {
  it('runs transactions at the same time on separate connections, so a race test meets a real race', async () => {
    const table = await scratchTable('id int primary key');
    await sql.raw(`insert into ${table} values (1)`).execute(t.db);
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let lockTaken!: () => void;
    const taken = new Promise<void>((resolve) => (lockTaken = resolve));

    const first = t.db.transaction().execute(async (trx) => {
      await sql`select id from ${sql.table(table)} where id = 1 for update`.execute(trx);
      lockTaken();
      await firstHolds;
    });
    await taken;
    // A one-connection pool would queue this until the first commits; a real server refuses the held lock at once.
    const second = t.db.transaction().execute((trx) => sql`select id from ${sql.table(table)} where id = 1 for update nowait`.execute(trx));
    await expect(second).rejects.toMatchObject({ code: '55P03' });
    releaseFirst();
    await first;
    await sql.raw(`drop table ${table}`).execute(t.db);
  });

  it('loses none of 50 concurrent read-lock-increment transactions', async () => {
    const table = await scratchTable('id int primary key, n int not null');
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
    const table = await scratchTable('id int primary key');
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
