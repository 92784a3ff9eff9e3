import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Plausible values for an action's input schema: right shape, right types, ids
 * that look like ids. A fuzz test poisons one leaf of such a value, so that the
 * poison reaches as deep into the action as a real request could.
 */

const TEXT = fc.stringOf(fc.constantFrom(...'幸福里社区张秀兰路灯坏了 abc123'), { maxLength: 12 });

/** Ids that exist (a seeded county's), so that calls get past "not found" into the writes. */
export interface ArbitraryOptions {
  ids?: string[];
}

function stringArbitrary(def: { checks: { kind: string; value?: number; regex?: RegExp }[] }, options: ArbitraryOptions): fc.Arbitrary<string> {
  const check = (kind: string) => def.checks.find((c) => c.kind === kind);
  if (check('uuid')) return options.ids?.length ? fc.oneof({ arbitrary: fc.constantFrom(...options.ids), weight: 4 }, { arbitrary: fc.uuid(), weight: 1 }) : fc.uuid();
  if (check('datetime')) return fc.date({ min: new Date('2025-01-01'), max: new Date('2027-12-31') }).map((d) => d.toISOString());
  const regex = check('regex')?.regex;
  if (regex) {
    try {
      return fc.stringMatching(regex).filter((s) => s.length <= 200);
    } catch {
      // fast-check cannot generate every pattern (\p{…}); plain text then meets the regex's refusal instead.
    }
  }
  const min = check('min')?.value ?? check('length')?.value ?? 0;
  const max = check('max')?.value ?? check('length')?.value ?? 40;
  return fc.stringOf(fc.constantFrom(...'幸福里社区张秀兰路灯坏了abc123'), { minLength: min, maxLength: Math.max(min, Math.min(max, 20)) });
}

export function arbitraryFor(schema: z.ZodTypeAny, options: ArbitraryOptions = {}, depth = 0): fc.Arbitrary<unknown> {
  const def = schema._def as any;
  if (depth > 8) return fc.constant(undefined);
  switch (def.typeName as string) {
    case 'ZodString':
      return stringArbitrary(def, options);
    case 'ZodNumber': {
      const min = def.checks.find((c: { kind: string }) => c.kind === 'min')?.value ?? -1000;
      const max = def.checks.find((c: { kind: string }) => c.kind === 'max')?.value ?? 1000;
      const int = def.checks.some((c: { kind: string }) => c.kind === 'int');
      return int ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'ZodBoolean':
      return fc.boolean();
    case 'ZodLiteral':
      return fc.constant(def.value);
    case 'ZodEnum':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'ZodNativeEnum':
      return fc.constantFrom(...Object.values(def.values as object));
    case 'ZodObject': {
      const shape = def.shape() as Record<string, z.ZodTypeAny>;
      const parts = Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, arbitraryFor(value, options, depth + 1)]));
      return fc.record(parts).map((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)));
    }
    case 'ZodArray':
      if (def.exactLength) return fc.array(arbitraryFor(def.type, options, depth + 1), { minLength: def.exactLength.value, maxLength: def.exactLength.value });
      return fc.array(arbitraryFor(def.type, options, depth + 1), { minLength: def.minLength?.value ?? 0, maxLength: Math.max(def.minLength?.value ?? 0, Math.min(def.maxLength?.value ?? 3, 3)) });
    case 'ZodTuple':
      return fc.tuple(...(def.items as z.ZodTypeAny[]).map((item) => arbitraryFor(item, options, depth + 1)));
    case 'ZodRecord':
      return fc.dictionary(arbitraryFor(def.keyType, options, depth + 1) as fc.Arbitrary<string>, arbitraryFor(def.valueType, options, depth + 1), { maxKeys: 3 });
    case 'ZodOptional':
    case 'ZodNullable':
      return fc.option(arbitraryFor(def.innerType, options, depth + 1), { nil: undefined, freq: 3 });
    case 'ZodDefault':
    case 'ZodCatch':
    case 'ZodReadonly':
      return arbitraryFor(def.innerType, options, depth + 1);
    case 'ZodBranded':
      return arbitraryFor(def.type, options, depth + 1);
    case 'ZodEffects':
      return arbitraryFor(def.schema, options, depth + 1);
    case 'ZodPipeline':
      // The output side carries the constraints (a phone's pattern after trimming); its values pass the input side too.
      return arbitraryFor(def.out, options, depth + 1);
    case 'ZodLazy':
      return arbitraryFor(def.getter(), options, depth + 1);
    case 'ZodUnion':
    case 'ZodDiscriminatedUnion':
      return fc.oneof(...[...(def.options as Iterable<z.ZodTypeAny>)].map((option) => arbitraryFor(option, options, depth + 1)));
    case 'ZodIntersection':
      return fc.tuple(arbitraryFor(def.left, options, depth + 1), arbitraryFor(def.right, options, depth + 1)).map(([a, b]) => ({ ...(a as object), ...(b as object) }));
    default:
      return fc.oneof(TEXT, fc.integer(), fc.boolean());
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id in a value (a seeded county, an input): generated calls that use them reach past "not found" into the writes. */
export function idsIn(value: unknown, found = new Set<string>()): string[] {
  if (typeof value === 'string' && UUID.test(value)) found.add(value);
  else if (value && typeof value === 'object' && !(value instanceof Date)) for (const v of Object.values(value)) idsIn(v, found);
  return [...found];
}
