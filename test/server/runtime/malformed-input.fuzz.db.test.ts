import fc from 'fast-check';
import { modules } from '../../../server/modules';
import { dispatch } from '../../../server/runtime/dispatch';
import type { Envelope } from '../../../server/core/result';
import { seedCounty } from '../../support/app';
import { useTestDatabase } from '../../support/db';
import { writeCounter } from '../../support/write-counter';
import { arbitraryFor, idsIn } from '../../support/zod-arbitrary';

const t = useTestDatabase();
jest.setTimeout(180_000);

/** Text no database stores, and shapes no action takes: always refused before anything is written. */
const refusedPoison = fc.oneof(
  fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}\u0000${b}`),
  fc.string().map((s) => `${s}${'好😀'.slice(0, 2)}`),
  fc.string().map((s) => `\uDE00${s}`),
  fc.constant(JSON.parse('{"__proto__": {"role": "admin", "countyId": "x"}}') as unknown),
  fc.constant({ constructor: { prototype: { isAdmin: true } } } as unknown),
  fc.integer({ min: 20, max: 200 }).map((depth) => {
    let value: unknown = '深';
    for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
    return value;
  }),
);

/** Odd but storable, or simply the wrong type: any answer but INTERNAL. */
const otherPoison = fc.oneof(
  fc.string().map((s) => `\u0007${s}\u001b[31m\u007f`),
  fc.constant('x'.repeat(300_000)),
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, -0, 2 ** 53, '', ' ', [], {}, 'NaN', '😀'.repeat(500), '<script>', "'; drop table users; --"),
  fc.jsonValue({ maxDepth: 3 }),
);

type PathStep = string | number;

function pathsOf(value: unknown, path: PathStep[] = []): PathStep[][] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...path, i])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...path, k])));
  return here;
}

/** A copy of `value` with the thing at `path` replaced (or, at a new key, added). */
function withPoison(value: unknown, path: PathStep[], poison: unknown): unknown {
  if (path.length === 0) return poison;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<PathStep, unknown>;
  copy[head] = withPoison(copy[head], rest, poison);
  return copy;
}

const poisoned = (base: fc.Arbitrary<unknown>, poison: fc.Arbitrary<unknown>) =>
  fc.tuple(base, poison, fc.nat(), fc.boolean()).map(([input, bad, pick, newKey]) => {
    if (newKey && input && typeof input === 'object' && !Array.isArray(input)) return withPoison(input, ['extra'], bad);
    const paths = pathsOf(input);
    return withPoison(input, paths[pick % paths.length], bad);
  });

const describeEnvelope = (envelope: Envelope) => (envelope.ok ? 'ok' : `${envelope.error.code}: ${envelope.error.message}`);

describe('bad text and malformed input never crash the server', () => {
  for (const module of modules) {
    it(`every ${module.name} action answers poisoned input without INTERNAL, refusing unstorable text before any write`, async () => {
      const county = await seedCounty(t.db);
      const { counter, plugin } = writeCounter();
      const runtime = { ...county.runtime, db: county.runtime.db.withPlugin(plugin), log: () => undefined };
      const caller = { openid: county.people.admin.openid };
      const { runtime: _ignored, ...seeded } = county;
      const ids = idsIn(seeded);
      for (const [action, def] of Object.entries(module.actions)) {
        const base = arbitraryFor(def.input, { ids });
        await fc.assert(
          fc.asyncProperty(poisoned(base, refusedPoison), async (input) => {
            counter.writes = 0;
            const result = await dispatch(runtime, module, { action, input }, caller);
            if (result.ok || result.error.code !== 'VALIDATION') throw new Error(`${module.name}.${action} answered ${describeEnvelope(result)}`);
            expect(counter.writes).toBe(0);
          }),
          { numRuns: 15 },
        );
        await fc.assert(
          fc.asyncProperty(fc.oneof(poisoned(base, otherPoison), base), async (input) => {
            const result = await dispatch(runtime, module, { action, input }, caller);
            if (!result.ok && result.error.code === 'INTERNAL') throw new Error(`${module.name}.${action} answered ${describeEnvelope(result)}`);
          }),
          { numRuns: 30 },
        );
      }
    });
  }
});
