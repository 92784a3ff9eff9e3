import type { KyselyPlugin } from 'kysely';
import { isWriteStatement } from '../../server/db/read-only-guard';

/** Counts the writing statements sent through a database, whatever the transaction then did with them. */
export function writeCounter() {
  const counter = { writes: 0 };
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      if (isWriteStatement(node)) counter.writes += 1;
      return node;
    },
    async transformResult({ result }) {
      return result;
    },
  };
  return { counter, plugin };
}
