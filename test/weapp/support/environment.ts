/**
 * Setup for the weapp project: jsdom plus what Node has and jsdom lacks, so
 * that the server's handlers (pg, Kysely) run in the same test as the
 * compiled mini-program.
 */
import { TextDecoder, TextEncoder } from 'node:util';

const g = globalThis as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
g.setImmediate ??= ((fn: (...args: unknown[]) => void, ...args: unknown[]) => setTimeout(fn, 0, ...args)) as unknown;
g.clearImmediate ??= ((id: ReturnType<typeof setTimeout>) => clearTimeout(id)) as unknown;
