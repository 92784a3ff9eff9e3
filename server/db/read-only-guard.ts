import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

const WRITE_NODES = new Set(['InsertQueryNode', 'UpdateQueryNode', 'DeleteQueryNode', 'MergeQueryNode']);
/** A raw statement that writes (a `select … for update` does not match: `update` there has no `set`). */
const WRITING_SQL = /\b(insert\s+into|delete\s+from|merge\s+into|update\s+[\w."]+(\s+(as\s+)?\w+)?\s+set)\b/i;

/**
 * Refuses any write before it is sent. A read-only action runs without
 * BEGIN/COMMIT (two of a read's four round trips), statement by statement in
 * autocommit, so one that wrote would write piecemeal; this makes that a
 * programming error that fails loudly in every test of the action instead.
 */
/** Whether a statement about to be sent writes anything. */
export function isWriteStatement(node: RootOperationNode): boolean {
  return WRITE_NODES.has(node.kind) || (node.kind === 'RawNode' && WRITING_SQL.test(node.sqlFragments.join(' ')));
}

export const readOnlyGuard: KyselyPlugin = {
  transformQuery({ node }: PluginTransformQueryArgs) {
    if (isWriteStatement(node)) throw new Error(`a read-only action tried to write (${node.kind}): mark the action as a transaction instead`);
    return node;
  },
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  },
};
