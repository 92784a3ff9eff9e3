import fs from 'node:fs';
import path from 'node:path';
import { TABLE_OWNERS, type OwnedTable } from '../../../server/db/table-owners';

/**
 * Each module's SQL (its repo.ts: house/sql-in-repo) writes only the tables
 * it owns (server/db/table-owners.ts), and reads only them: another module's
 * rows are asked of its facade. The lists below hold what is still owed (by
 * module, the foreign tables its repo reads or writes); they are empty now and
 * are a ratchet: a new cross-module read fails here, and so does an entry no
 * longer needed.
 */
const READS_OWED: Record<string, OwnedTable[]> = {};

/** Writes to another module's table, still to move behind its facade. */
const WRITES_OWED: Record<string, OwnedTable[]> = {};

const MODULES = path.resolve(__dirname, '../../../server/modules');
const camel = (snake: string) => snake.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const isTable = (name: string): name is OwnedTable => Object.prototype.hasOwnProperty.call(TABLE_OWNERS, name);

function tablesIn(source: string): { reads: Set<OwnedTable>; writes: Set<OwnedTable> } {
  const reads = new Set<OwnedTable>();
  const writes = new Set<OwnedTable>();
  for (const [, call, name] of source.matchAll(/\.(selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*'([a-zA-Z]+)/g)) {
    if (!isTable(name)) continue; // a CTE or an alias
    (['insertInto', 'updateTable', 'deleteFrom'].includes(call) ? writes : reads).add(name);
  }
  for (const [, verb, name] of source.matchAll(/\b(from|join|into|update)\s+([a-z_]+)\b/gi)) {
    const table = camel(name);
    if (!isTable(table)) continue;
    (/^(into|update)$/i.test(verb) ? writes : reads).add(table);
  }
  return { reads, writes };
}

const repos = fs
  .readdirSync(MODULES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(MODULES, d.name, 'repo.ts')))
  .map((d) => ({ module: d.name, ...tablesIn(fs.readFileSync(path.join(MODULES, d.name, 'repo.ts'), 'utf8')) }));

const foreign = (module: string, tables: Set<OwnedTable>) => [...tables].filter((t) => TABLE_OWNERS[t] !== module).sort();

describe('each module keeps to its own tables', () => {
  it('every table of the schema has an owner', () => {
    const schema = fs.readFileSync(path.resolve(__dirname, '../../../server/db/schema.ts'), 'utf8');
    const db = /export interface DB \{([^}]*)\}/.exec(schema)![1];
    const tables = [...db.matchAll(/^\s+([a-zA-Z]+):/gm)].map((m) => m[1]);
    expect(tables.filter((t) => !isTable(t))).toEqual([]);
  });

  it.each(repos.map((r) => [r.module, r] as const))('%s writes only its own tables', (module, r) => {
    expect(foreign(module, r.writes)).toEqual(WRITES_OWED[module] ?? []);
  });

  it.each(repos.map((r) => [r.module, r] as const))('%s reads another module\'s tables only where still owed', (module, r) => {
    // (a table it still writes is owed as a write already)
    expect(foreign(module, r.reads).filter((t) => !(WRITES_OWED[module] ?? []).includes(t))).toEqual(READS_OWED[module] ?? []);
  });
});
