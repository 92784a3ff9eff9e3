import type { KyselyPlugin } from 'kysely';
import { isWriteStatement } from '../../server/db/read-only-guard';

/**
 * Counts the writing statements sent through a database, whatever the
 * transaction then did with them (`writes`), and every statement (`statements`:
 * a read that makes one query per row shows here).
 */
export function writeCounter() {
  const counter = { writes: 0, statements: 0 };
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      counter.statements += 1;
      if (isWriteStatement(node)) counter.writes += 1;
      return node;
    },
    async transformResult({ result }) {
      return result;
    },
  };
  return { counter, plugin };
}
