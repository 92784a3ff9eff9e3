import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import { readOnlyGuard } from '../../../server/db/read-only-guard';

interface Tables {
  t: { id: string; n: number };
}

const db = new Kysely<Tables>({
  dialect: { createAdapter: () => new PostgresAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (k) => new PostgresIntrospector(k), createQueryCompiler: () => new PostgresQueryCompiler() },
}).withPlugin(readOnlyGuard);

describe('a read-only action\'s connection', () => {
  it('sends reads, including a locking read', () => {
    expect(() => db.selectFrom('t').selectAll().compile()).not.toThrow();
    expect(() => db.selectFrom('t').select('id').forUpdate().compile()).not.toThrow();
    expect(() => sql`select n from t where id = ${'a'} for update of t`.compile(db)).not.toThrow();
  });

  it('refuses every kind of write before it is sent', () => {
    expect(() => db.insertInto('t').values({ id: 'a', n: 1 }).compile()).toThrow('read-only action tried to write');
    expect(() => db.updateTable('t').set({ n: 2 }).compile()).toThrow('read-only action tried to write');
    expect(() => db.deleteFrom('t').compile()).toThrow('read-only action tried to write');
    expect(() => sql`insert into t (id, n) values (${'a'}, 1)`.compile(db)).toThrow('read-only action tried to write');
    expect(() => sql`update t set n = n + 1`.compile(db)).toThrow('read-only action tried to write');
    expect(() => sql`update "t" as x set n = 1`.compile(db)).toThrow('read-only action tried to write');
    expect(() => sql`with gone as (delete from t returning id) select id from gone`.compile(db)).toThrow('read-only action tried to write');
  });
});
