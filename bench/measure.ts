import { performance } from 'node:perf_hooks';
import type { Kysely, KyselyPlugin, RootOperationNode } from 'kysely';
import { systemClock } from '../server/core/clock';
import { localWordFilter } from '../server/core/content-safety/local-word-filter';
import { memoryFileStore } from '../server/core/files/memory-file-store';
import type { DB } from '../server/db/schema';
import type { Runtime } from '../server/runtime/runtime';
import { median } from './format';

/** Shared by the bench sections: timings, a statement recorder and profiler, and a runtime on a given database. */

export interface Timing {
  median: number;
  p95: number;
  totalMs: number;
}

export function timing(ms: number[]): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  return { median: median(ms), p95: sorted[Math.ceil(sorted.length * 0.95) - 1], totalMs: ms.reduce((a, b) => a + b, 0) };
}

/** `op(i)` for i in [from, to), one after another (one client), each timed. */
export async function timeEach(from: number, to: number, op: (i: number) => Promise<unknown>): Promise<Timing> {
  const ms: number[] = [];
  for (let i = from; i < to; i++) {
    const started = performance.now();
    await op(i);
    ms.push(performance.now() - started);
  }
  return timing(ms);
}

/** `op` `warmUp` times untimed, then `calls` times timed. */
export async function timeRepeated(op: () => Promise<unknown>, warmUp: number, calls: number): Promise<Timing> {
  for (let i = 0; i < warmUp; i++) await op();
  return timeEach(0, calls, op);
}

/** Counts the statements Kysely sends; BEGIN and COMMIT are not seen, so a transactional call adds 2. */
export function statementCounter(): KyselyPlugin & { count: number } {
  const counter = {
    count: 0,
    transformQuery: (args: Parameters<KyselyPlugin['transformQuery']>[0]) => {
      counter.count += 1;
      return args.node;
    },
    transformResult: async (args: Parameters<KyselyPlugin['transformResult']>[0]) => args.result,
  };
  return counter;
}

/** Keeps the node of every statement Kysely sends, to replay or EXPLAIN the exact SQL of a use case. */
export function statementRecorder(): KyselyPlugin & { nodes: RootOperationNode[] } {
  const recorder = {
    nodes: [] as RootOperationNode[],
    transformQuery: (args: Parameters<KyselyPlugin['transformQuery']>[0]) => {
      recorder.nodes.push(args.node);
      return args.node;
    },
    transformResult: async (args: Parameters<KyselyPlugin['transformResult']>[0]) => args.result,
  };
  return recorder;
}

/** Times every statement Kysely sends (from transformQuery to transformResult; BEGIN/COMMIT are not seen) and keeps its node. */
export function statementProfiler(): KyselyPlugin & { on: boolean; seen: { node: RootOperationNode; ms: number }[] } {
  const started = new Map<string, { node: RootOperationNode; at: number }>();
  const profiler = {
    on: false,
    seen: [] as { node: RootOperationNode; ms: number }[],
    transformQuery: (args: Parameters<KyselyPlugin['transformQuery']>[0]) => {
      if (profiler.on) started.set(args.queryId.queryId, { node: args.node, at: performance.now() });
      return args.node;
    },
    transformResult: async (args: Parameters<KyselyPlugin['transformResult']>[0]) => {
      const start = started.get(args.queryId.queryId);
      if (start) {
        started.delete(args.queryId.queryId);
        profiler.seen.push({ node: start.node, ms: performance.now() - start.at });
      }
      return args.result;
    },
  };
  return profiler;
}

export function runtimeOn(db: Kysely<DB>): Runtime {
  // A fixed key for the 积分超市's pickup codes (a bench signs nothing that matters).
  return { db, clock: systemClock, contentSafety: localWordFilter(), files: memoryFileStore(), keys: { mallPickup: 'bench pickup key, not a secret: 32+ characters', development: false } };
}
